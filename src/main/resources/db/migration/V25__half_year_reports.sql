-- Half-year reports to the Monitoringstelle (issue 16, process halbjahresbericht, ADR 0017). Plain SQL
-- for H2 and PostgreSQL. No household data: districts, periods, aggregated numbers and the team
-- lead's comments (the form asks for none with personal data).
--
-- One row per district and period: 'requested' while the team lead has not approved, 'submitted'
-- once approved. "One report per district and period" is the primary key, written in the same
-- transaction as the message start of the district's instance (reports.ReportRequests) – on every
-- node, not a check before the insert. period_code is '2026-H1' (first half-year) or '2026' (the
-- annual report). submitted_by is the approving staff user id, kept for audit only: no API shows it.
CREATE TABLE report_submission (
  period_code         VARCHAR(7)  NOT NULL,
  district            VARCHAR(40) NOT NULL,
  period_from         DATE        NOT NULL,
  period_to           DATE        NOT NULL,
  status              VARCHAR(10) NOT NULL,
  requested_on        DATE        NOT NULL,
  -- the 10th working day after requested_on (the task's due day and the reminder's day)
  due_on              DATE        NOT NULL,
  reminded_at         TIMESTAMP,
  submitted_at        TIMESTAMP,
  submitted_by        VARCHAR(64),
  process_instance_id VARCHAR(64),
  CONSTRAINT pk_report_submission PRIMARY KEY (period_code, district),
  CONSTRAINT ck_report_submission_status CHECK (status IN ('requested', 'submitted'))
);

-- The values as submitted, one row per standard ('1.1' … '2'): frozen on approval and never
-- updated, so the report Berlin received stays what it was while the live values move on. The
-- pending cases are frozen as a count only; their case numbers are looked up live, for the
-- district's own staff.
CREATE TABLE report_value (
  period_code    VARCHAR(7)    NOT NULL,
  district       VARCHAR(40)   NOT NULL,
  indicator      VARCHAR(4)    NOT NULL,
  numerator      NUMERIC(9, 1),
  denominator    INTEGER,
  percent        NUMERIC(5, 1),
  target         INTEGER,
  target_status  VARCHAR(10)   NOT NULL,
  minimum        INTEGER,
  minimum_status VARCHAR(10)   NOT NULL,
  -- 'met', 'corridor', 'below'; null without a value or without a target
  status         VARCHAR(10),
  pending        INTEGER       NOT NULL,
  comment        VARCHAR(4000),
  CONSTRAINT pk_report_value PRIMARY KEY (period_code, district, indicator),
  CONSTRAINT fk_report_value_submission FOREIGN KEY (period_code, district)
    REFERENCES report_submission (period_code, district)
);
