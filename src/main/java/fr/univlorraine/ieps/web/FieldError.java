package fr.univlorraine.ieps.web;

import fr.univlorraine.ieps.kernel.Localizable;

/** What is wrong with one field, whatever the form: its text is {@link FormMessages#field_error}. */
public enum FieldError implements Localizable {
    REQUIRED, CHOICE, DATE, EMAIL, PHONE, YEAR,
    TOO_LONG_20, TOO_LONG_30, TOO_LONG_50, TOO_LONG_100, TOO_LONG_200, TOO_LONG_254, TOO_LONG_255, TOO_LONG_300,
    TOO_LONG_500, TOO_LONG_1000, TOO_LONG_2000, TOO_LONG_4000, TOO_LONG_5000;

    /** "At most max characters" for the limits the forms use; another limit is a bug found by the tests. */
    public static FieldError tooLong(int max) {
        return switch (max) {
            case 20 -> TOO_LONG_20;
            case 30 -> TOO_LONG_30;
            case 50 -> TOO_LONG_50;
            case 100 -> TOO_LONG_100;
            case 200 -> TOO_LONG_200;
            case 254 -> TOO_LONG_254;
            case 255 -> TOO_LONG_255;
            case 300 -> TOO_LONG_300;
            case 500 -> TOO_LONG_500;
            case 1000 -> TOO_LONG_1000;
            case 2000 -> TOO_LONG_2000;
            case 4000 -> TOO_LONG_4000;
            case 5000 -> TOO_LONG_5000;
            default -> throw new IllegalArgumentException("no text for a limit of " + max + " characters");
        };
    }

    @Override
    public String text(String lang) {
        return Localizable.bundle(FormMessages.class, lang).field_error(this);
    }
}
