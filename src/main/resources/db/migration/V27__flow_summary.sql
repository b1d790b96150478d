-- Monthly summaries of the flow facts (issue 15): the Cockpit overview and the escalations per
-- month grouped two years of raw flow_step/flow_transition rows (about four million for 100,000
-- cases) on every call – several seconds. A closed month (by the wall clock) does not change any
-- more in production, so flow.FlowSummaries stores it once, grouped exactly as the views group:
-- whole clean months are read from here, the rest of a period (edge months, the current month,
-- months without a clean summary) from the raw rows. Rebuilt from the raw rows at any time; no
-- personal data. Plain SQL for H2 and PostgreSQL.

-- Steps ended in a month, grouped by everything the overview and the escalations group by.
CREATE TABLE flow_step_month (
  process_key    VARCHAR(255) NOT NULL,
  -- the first day of the month of ended_on (not "month": a keyword in H2)
  month_start    DATE         NOT NULL,
  district       VARCHAR(40),
  activity_id    VARCHAR(255) NOT NULL,
  activity_type  VARCHAR(64)  NOT NULL,
  canceled       BOOLEAN      NOT NULL,
  within_due     BOOLEAN,
  working_days   INTEGER      NOT NULL,
  deadline_event BOOLEAN      NOT NULL,
  n              BIGINT       NOT NULL
);

CREATE INDEX ix_flow_step_month ON flow_step_month (process_key, month_start);

-- Sequence flows taken in a month.
CREATE TABLE flow_transition_month (
  process_key VARCHAR(255) NOT NULL,
  month_start DATE         NOT NULL,
  district    VARCHAR(40),
  flow_id     VARCHAR(255) NOT NULL,
  n           BIGINT       NOT NULL
);

CREATE INDEX ix_flow_transition_month ON flow_transition_month (process_key, month_start);

-- Whether the summary of a month may be read: dirty = TRUE while it is missing or stale (a late
-- fact was written into the month after it was built). Its row is also the lock that orders a
-- rebuild against late writes (see flow.FlowSummaries).
CREATE TABLE flow_month_state (
  process_key VARCHAR(255) NOT NULL,
  month_start DATE         NOT NULL,
  dirty       BOOLEAN      NOT NULL,
  built_at    TIMESTAMP,
  CONSTRAINT pk_flow_month_state PRIMARY KEY (process_key, month_start)
);

-- The escalations per month read only the deadline events of the days outside clean months.
CREATE INDEX ix_flow_step_deadline ON flow_step (process_key, deadline_event, ended_on, district);
