package fr.univlorraine.ieps.platform;

/** An uploaded file refused whole, with why. */
public class SheetRefusal extends Exception {

    public final ImportError error;

    public SheetRefusal(ImportError error) {
        super(error.name(), null, false, false);
        this.error = error;
    }
}
