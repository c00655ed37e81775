-- The language of each service site (issue 24): staff of the site see the forms and task names of its
-- cases in it. A site without a row works in English. Valid on H2 2.x and PostgreSQL.
CREATE TABLE service_site_language (
    service_site  VARCHAR(64) PRIMARY KEY,
    language      VARCHAR(8)  NOT NULL,
    changed_by    VARCHAR(64),
    changed_at    TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
