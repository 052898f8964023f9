package fr.univlorraine.ieps.campaign;

/** Fired inside the transaction that creates a campaign, so other features can set up their part. */
public record CampaignCreated(Long campaignId) {
}
