-- Makes the service's user-assigned managed identity a user of the Tarjotin database, with the rights the
-- service needs: read and write data, and create and change tables (Flyway applies the migrations in
-- src/main/resources/db/migration at start). Run once per environment by the SQL server's Entra
-- administrator, connected to the tarjotin database (not master), for example with go-sqlcmd:
--
--   sqlcmd -S <server>.database.windows.net -d tarjotin --authentication-method ActiveDirectoryDefault \
--          -v IdentityName="id-tarjotin-prod" -i infra/azure/sql/grant-identity.sql
--
-- IdentityName is the managed identity's name (the Bicep output identityName). No password is involved:
-- FROM EXTERNAL PROVIDER looks the identity up in Microsoft Entra ID. Running it again changes nothing.

IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'$(IdentityName)')
    CREATE USER [$(IdentityName)] FROM EXTERNAL PROVIDER;
GO

ALTER ROLE db_datareader ADD MEMBER [$(IdentityName)];
ALTER ROLE db_datawriter ADD MEMBER [$(IdentityName)];
-- Migrations: CREATE/ALTER TABLE, indexes, constraints (and REFERENCES for the foreign keys).
ALTER ROLE db_ddladmin ADD MEMBER [$(IdentityName)];
GRANT REFERENCES ON SCHEMA::dbo TO [$(IdentityName)];
GO

SELECT p.name AS database_user, r.name AS role_name
FROM sys.database_role_members m
JOIN sys.database_principals r ON r.principal_id = m.role_principal_id
JOIN sys.database_principals p ON p.principal_id = m.member_principal_id
WHERE p.name = N'$(IdentityName)';
GO
