-- One row per bailiff notice (SPEC §3): the same district + bailiff reference is one notice, ever;
-- a second one is a duplicate (HTTP 409 naming the case), as a court notice is. The duplicate rule
-- is this primary key, written in the transaction that files the notice – not a check before the
-- insert – so it holds for parallel requests, on every node and on PostgreSQL. Before it, 20
-- identical notices sent at once gave 20 eviction letters to write.
--
-- reference_key is the bailiff reference as MatchingKeys.bailiffReference compares it (NFKC, lower
-- case, without white space and invisible characters: "DR II 123/26" → "drii123/26"). case_id is
-- the case the notice joined or opened.
--
-- Personal data: the reference identifies the household's eviction; the rows are deleted with the
-- case's other personal data (security/PersonalDataCleanup). Plain SQL for H2 and PostgreSQL.

CREATE TABLE bailiff_notice (
  district      VARCHAR(40)  NOT NULL,
  reference_key VARCHAR(200) NOT NULL,
  case_id       VARCHAR(20)  NOT NULL,
  CONSTRAINT pk_bailiff_notice PRIMARY KEY (district, reference_key),
  CONSTRAINT fk_bailiff_notice_case FOREIGN KEY (case_id) REFERENCES case_registry (case_id)
);

CREATE INDEX ix_bailiff_notice_case ON bailiff_notice (case_id);
