-- Which listings have had their "about to expire" reminder, and for which end date: a reminder is sent once
-- per listing and end date, and again only where the end date is moved. Owned by the opportunity feature.
CREATE TABLE listing_expiry_reminder (
    opportunity_id  UNIQUEIDENTIFIER  NOT NULL,
    valid_to        DATE              NOT NULL,
    reminded_at     DATETIME2(3)      NOT NULL,
    CONSTRAINT pk_listing_expiry_reminder PRIMARY KEY (opportunity_id, valid_to),
    CONSTRAINT fk_listing_expiry_reminder_opportunity FOREIGN KEY (opportunity_id)
        REFERENCES opportunity (id) ON DELETE CASCADE
);


-- A flow may subscribe to the reminder: the "When a listing is about to expire" trigger.
ALTER TABLE webhook_subscription DROP CONSTRAINT ck_subscription_event;
ALTER TABLE webhook_subscription ADD CONSTRAINT ck_subscription_event
    CHECK (event IN ('OPPORTUNITY_PUBLISHED', 'OPPORTUNITY_CHANGED', 'OPPORTUNITY_EXPIRING'));
