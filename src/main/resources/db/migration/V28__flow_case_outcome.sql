-- The outcome of a finished case on its flow fact, and monthly summaries of the ended cases
-- (issue 15). The Cockpit views "Verlauf" (finished cases by outcome and end event) and
-- "Abgeschlossene Fälle" (filter by outcome) joined every ended case of the period with
-- kpi_case_fact for its outcome: for two years of 100,000 cases over a second on H2. The outcome
-- is now written to flow_case where the indicator facts record the closure
-- (indicators.IndicatorFactStore.closed), and whole closed months of ended cases are grouped once
-- (flow.FlowSummaries) like the steps and transitions of V27. No personal data. Plain SQL for H2
-- and PostgreSQL.

-- the outcome code of the case's closure (process.TaskInputRules.OUTCOMES); null while open, for
-- instances of other models, and for cases closed without one
ALTER TABLE flow_case ADD COLUMN outcome VARCHAR(30);

UPDATE flow_case SET outcome = (SELECT k.outcome FROM kpi_case_fact k
                                WHERE k.case_key = flow_case.case_key)
WHERE EXISTS (SELECT 1 FROM kpi_case_fact k
              WHERE k.case_key = flow_case.case_key AND k.outcome IS NOT NULL);

-- the finished-case list filtered by outcome: the outcome's cases of the period in one range
CREATE INDEX ix_flow_case_outcome ON flow_case (process_key, outcome, ended_on, district);

-- Cases ended in a month, grouped by everything the overview and the finished-case list count by.
CREATE TABLE flow_case_month (
  process_key     VARCHAR(255) NOT NULL,
  month_start     DATE         NOT NULL,
  district        VARCHAR(40),
  end_activity_id VARCHAR(255),
  deleted         BOOLEAN      NOT NULL,
  deadline_missed BOOLEAN      NOT NULL,
  outcome         VARCHAR(30),
  n               BIGINT       NOT NULL
);

CREATE INDEX ix_flow_case_month ON flow_case_month (process_key, month_start);

-- months summarized before this migration lack their ended cases: build them again
UPDATE flow_month_state SET dirty = TRUE;
