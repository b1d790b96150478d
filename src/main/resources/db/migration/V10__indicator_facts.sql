-- Indicator facts (SPEC §4): what the quality standards of the Zielvereinbarung are computed from,
-- recorded from the process history while cases run (kpi.IndicatorHistoryEventHandler), in the
-- engine's transaction. Our own tables: Camunda's history cleanup (ACT_HI_*) does not touch them,
-- so the indicators of past periods survive the deletion of personal data.
--
-- No personal data: no names, addresses, court file numbers, bailiff references or case ids. The
-- key of a case is the engine's process instance id – pseudonymous, and meaningless once the
-- case's history has been cleaned up. Plain SQL for H2 and PostgreSQL.

CREATE TABLE kpi_case_fact (
  case_key             VARCHAR(64) NOT NULL,
  district             VARCHAR(40) NOT NULL,
  -- which notice opened the case: 'court' or 'bailiff'
  origin               VARCHAR(10) NOT NULL,
  -- receipt of the court notice in the Fachstelle (court cases only)
  court_received_on    DATE,
  letter_sent_on       DATE,
  appointment_on       DATE,
  -- earliest contact with the household and how: 'recorded' (RecordContact) or 'visit'
  first_contact_on     DATE,
  first_contact_source VARCHAR(10),
  closed_on            DATE,
  outcome              VARCHAR(30),
  follow_up_on         DATE,
  still_housed         BOOLEAN,
  -- true when the process instance was deleted (not worked to its end): not counted
  withdrawn            BOOLEAN     DEFAULT FALSE NOT NULL,
  opened_at            TIMESTAMP   NOT NULL,
  CONSTRAINT pk_kpi_case_fact PRIMARY KEY (case_key),
  CONSTRAINT ck_kpi_case_fact_origin CHECK (origin IN ('court', 'bailiff')),
  CONSTRAINT ck_kpi_case_fact_contact CHECK (first_contact_source IN ('recorded', 'visit'))
);

CREATE INDEX ix_kpi_case_received ON kpi_case_fact (court_received_on, district);
CREATE INDEX ix_kpi_case_letter ON kpi_case_fact (letter_sent_on, district);

-- Home visits (HomeVisit1 = 1, HomeVisit2 = 2).
CREATE TABLE kpi_visit_fact (
  case_key     VARCHAR(64) NOT NULL,
  visit_no     SMALLINT    NOT NULL,
  visited_on   DATE        NOT NULL,
  staff_count  SMALLINT,
  contact_made BOOLEAN     NOT NULL,
  CONSTRAINT pk_kpi_visit_fact PRIMARY KEY (case_key, visit_no),
  CONSTRAINT fk_kpi_visit_fact_case FOREIGN KEY (case_key) REFERENCES kpi_case_fact (case_key)
);

-- Bailiff notices (one per instance of the event subprocess "Zwangsräumungsmitteilung bearbeiten").
CREATE TABLE kpi_eviction_fact (
  notice_key              VARCHAR(64) NOT NULL,
  case_key                VARCHAR(64) NOT NULL,
  district                VARCHAR(40) NOT NULL,
  received_on             DATE        NOT NULL,
  -- Berlin local time, as the notice gives it
  eviction_at             TIMESTAMP   NOT NULL,
  eviction_letter_sent_on DATE,
  attend_eviction         BOOLEAN,
  eviction_attended       BOOLEAN,
  eviction_staff_count    SMALLINT,
  -- false: the eviction was called off
  eviction_carried_out    BOOLEAN,
  CONSTRAINT pk_kpi_eviction_fact PRIMARY KEY (notice_key),
  CONSTRAINT fk_kpi_eviction_fact_case FOREIGN KEY (case_key) REFERENCES kpi_case_fact (case_key)
);

CREATE INDEX ix_kpi_eviction_received ON kpi_eviction_fact (received_on, district);
CREATE INDEX ix_kpi_eviction_at ON kpi_eviction_fact (eviction_at, district);
CREATE INDEX ix_kpi_eviction_case ON kpi_eviction_fact (case_key);

-- Standard 1.5: the district's yearly self-report on the six access standards (process
-- "selbstauskunft"). A second report for the same year replaces the first.
CREATE TABLE kpi_self_report (
  district                  VARCHAR(40) NOT NULL,
  report_year               INTEGER     NOT NULL,
  shared_mail_address       BOOLEAN     NOT NULL,
  shared_phone_number       BOOLEAN     NOT NULL,
  open_consultation         BOOLEAN     NOT NULL,
  open_consultation_tue_thu BOOLEAN     NOT NULL,
  phone_consultation_hours  BOOLEAN     NOT NULL,
  uniform_flyer             BOOLEAN     NOT NULL,
  reported_on               DATE        NOT NULL,
  CONSTRAINT pk_kpi_self_report PRIMARY KEY (district, report_year)
);

-- Standard 2: result of the staff survey (mean overall satisfaction 0–100) per district and year,
-- entered by the Monitoringstelle (PUT /api/kpi/staff-survey/{year}/{district}).
CREATE TABLE kpi_staff_survey (
  district     VARCHAR(40)  NOT NULL,
  survey_year  INTEGER      NOT NULL,
  satisfaction NUMERIC(4,1) NOT NULL,
  entered_by   VARCHAR(64),
  entered_at   TIMESTAMP    NOT NULL,
  CONSTRAINT pk_kpi_staff_survey PRIMARY KEY (district, survey_year),
  CONSTRAINT ck_kpi_staff_survey_range CHECK (satisfaction >= 0 AND satisfaction <= 100)
);
