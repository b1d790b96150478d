-- Demo world (package demo): remembers that the demo history of simulated cases was generated on
-- this database, so that it is generated on the first start only and never again. One row, no
-- personal data. Plain SQL for H2 and PostgreSQL.

CREATE TABLE demo_history (
  -- always 'demo-history': the primary key makes a second generation (a second node) impossible
  id          VARCHAR(20)   NOT NULL,
  -- 'running' while it is generated (stays so when the application stopped in between),
  -- 'done', 'failed', or 'skipped' (the engine already had cases)
  status      VARCHAR(10)   NOT NULL,
  started_at  TIMESTAMP     NOT NULL,
  finished_at TIMESTAMP,
  cases       INTEGER,
  detail      VARCHAR(1000),
  CONSTRAINT pk_demo_history PRIMARY KEY (id),
  CONSTRAINT ck_demo_history_status CHECK (status IN ('running', 'done', 'failed', 'skipped'))
);
