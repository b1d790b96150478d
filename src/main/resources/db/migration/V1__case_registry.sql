-- Case registry (intake): which case and process instance a notice belongs to. Our own tables beside
-- Camunda's; plain SQL that runs on H2 and PostgreSQL.
--
-- Personal data: household_key (normalised name|street|postal code) is personal; it exists only to
-- match a bailiff notice to the open case of the same household and must be removed together with
-- the case's other personal data (retention period, see the data-protection issue).

CREATE TABLE case_registry (
  case_id             VARCHAR(20)   NOT NULL,
  district            VARCHAR(40)   NOT NULL,
  -- which notice opened the case: 'court' or 'bailiff'
  origin              VARCHAR(10)   NOT NULL,
  -- normalised court and court file number (see MatchingKeys); null when not known
  court_key           VARCHAR(400),
  file_key            VARCHAR(200),
  household_key       VARCHAR(1000) NOT NULL,
  process_instance_id VARCHAR(64),
  -- 'open' while the case is worked (a bailiff notice joins it), 'closed' after CloseCase
  status              VARCHAR(10)   NOT NULL,
  opened_at           TIMESTAMP     NOT NULL,
  closed_at           TIMESTAMP,
  CONSTRAINT pk_case_registry PRIMARY KEY (case_id),
  CONSTRAINT ck_case_registry_origin CHECK (origin IN ('court', 'bailiff')),
  CONSTRAINT ck_case_registry_status CHECK (status IN ('open', 'closed'))
);

CREATE INDEX ix_case_registry_file ON case_registry (district, status, court_key, file_key);
CREATE INDEX ix_case_registry_household ON case_registry (district, status, household_key);
CREATE INDEX ix_case_registry_process ON case_registry (process_instance_id);

-- One row per court notice: the same court + court file number is one case, ever (SPEC §3.1).
-- The duplicate rule is this primary key, not a check before the insert. Bailiff notices never
-- write here, so a bailiff notice naming the court file of a closed case can open a new case.
CREATE TABLE court_notice (
  court_key VARCHAR(400) NOT NULL,
  file_key  VARCHAR(200) NOT NULL,
  case_id   VARCHAR(20)  NOT NULL,
  CONSTRAINT pk_court_notice PRIMARY KEY (court_key, file_key),
  CONSTRAINT fk_court_notice_case FOREIGN KEY (case_id) REFERENCES case_registry (case_id)
);

-- Case numbers per district and year (MI-2026-00042). Intake locks the district's row
-- (SELECT ... FOR UPDATE) for the rest of its transaction, which also serialises the matching of
-- notices within a district.
CREATE TABLE case_number_counter (
  district     VARCHAR(40) NOT NULL,
  counter_year INTEGER     NOT NULL,
  last_number  INTEGER     NOT NULL,
  CONSTRAINT pk_case_number_counter PRIMARY KEY (district)
);

INSERT INTO case_number_counter (district, counter_year, last_number) VALUES ('mitte', 0, 0);
INSERT INTO case_number_counter (district, counter_year, last_number) VALUES ('friedrichshain-kreuzberg', 0, 0);
INSERT INTO case_number_counter (district, counter_year, last_number) VALUES ('pankow', 0, 0);
INSERT INTO case_number_counter (district, counter_year, last_number) VALUES ('charlottenburg-wilmersdorf', 0, 0);
INSERT INTO case_number_counter (district, counter_year, last_number) VALUES ('spandau', 0, 0);
INSERT INTO case_number_counter (district, counter_year, last_number) VALUES ('steglitz-zehlendorf', 0, 0);
INSERT INTO case_number_counter (district, counter_year, last_number) VALUES ('tempelhof-schoeneberg', 0, 0);
INSERT INTO case_number_counter (district, counter_year, last_number) VALUES ('neukoelln', 0, 0);
INSERT INTO case_number_counter (district, counter_year, last_number) VALUES ('treptow-koepenick', 0, 0);
INSERT INTO case_number_counter (district, counter_year, last_number) VALUES ('marzahn-hellersdorf', 0, 0);
INSERT INTO case_number_counter (district, counter_year, last_number) VALUES ('lichtenberg', 0, 0);
INSERT INTO case_number_counter (district, counter_year, last_number) VALUES ('reinickendorf', 0, 0);
