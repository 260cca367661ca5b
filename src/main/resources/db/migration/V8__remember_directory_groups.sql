-- Security groups that hand out Tarjotin's app roles, by mail nickname, with the object id the service
-- uses for them. A group is found by its id from here, never again by its name: anyone in the home tenant
-- may create a group of that name, and whoever did so first would control who gets the role.
-- creation_tag marks the group in its description while the service creates it, so that after a lost
-- answer or a crash the service recognises its own group and not a look-alike.
CREATE TABLE directory_group (
    mail_nickname NVARCHAR(64)     NOT NULL,
    group_id      UNIQUEIDENTIFIER NULL,
    creation_tag  NVARCHAR(36)     NULL,
    created_at    DATETIME2(3)     NOT NULL,
    updated_at    DATETIME2(3)     NOT NULL,
    CONSTRAINT pk_directory_group PRIMARY KEY (mail_nickname)
);

-- The groups the finished steps already use: without these, the next step would meet its own group as
-- one of unknown origin and stop.
INSERT INTO directory_group (mail_nickname, group_id, creation_tag, created_at, updated_at)
SELECT 'tarjotin-coordinators-' + s.subject_id, s.result, NULL, s.updated_at, s.updated_at
FROM directory_step s
WHERE s.subject_type = 'MUNICIPALITY' AND s.kind = 'GROUP' AND s.status = 'DONE' AND s.result IS NOT NULL;

INSERT INTO directory_group (mail_nickname, group_id, creation_tag, created_at, updated_at)
SELECT TOP 1 'tarjotin-editors', s.result, NULL, s.updated_at, s.updated_at
FROM directory_step s
WHERE s.subject_type = 'INVITATION' AND s.kind = 'EDITOR_GROUP' AND s.status = 'DONE' AND s.result IS NOT NULL
ORDER BY s.updated_at, s.id;
