-- An imported draft may be deleted like any other draft. Its import row stays behind as the record that the
-- source row was imported once, so a repeated import of the same file does not bring a deleted draft back;
-- the row therefore may name a listing that no longer exists.
ALTER TABLE import_row DROP CONSTRAINT fk_import_row_opportunity;
