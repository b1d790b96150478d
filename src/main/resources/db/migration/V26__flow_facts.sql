-- Flow facts (issue 15): how cases really flow through the models – which activities they passed,
-- how long each took, which sequence flows they took, where they ended – for the Cockpit history
-- views (diagram overlays, bottlenecks, finished cases) that the Community Edition lacks. Recorded
-- from the engine's history events and sequence-flow "take" listeners (flow.FlowFactsPlugin), in
-- the engine's transaction.
--
-- No personal data: no names, addresses, variable values or user ids. The key of a case is the
-- engine's process instance id, as in the indicator facts (V10). Like those, these rows outlive
-- Camunda's history cleanup, so durations of past periods stay comparable. Plain SQL for H2 and
-- PostgreSQL.

-- One row per process instance of our models.
CREATE TABLE flow_case (
  case_key        VARCHAR(64)  NOT NULL,
  process_key     VARCHAR(255) NOT NULL,
  -- the district (the instance's tenant); null for instances without one
  district        VARCHAR(40),
  started_at      TIMESTAMP    NOT NULL,
  started_on      DATE         NOT NULL,
  -- Berlin date and time of the end; null while the instance runs
  ended_at        TIMESTAMP,
  ended_on        DATE,
  -- the end event at the process level the instance finished in; null while running or deleted
  end_activity_id VARCHAR(255),
  -- true when the instance was deleted (cancelled by an administrator), not worked to its end
  deleted         BOOLEAN      DEFAULT FALSE NOT NULL,
  -- true once a deadline timer fired in it (a non-interrupting timer boundary event on a user task)
  deadline_missed BOOLEAN      DEFAULT FALSE NOT NULL,
  CONSTRAINT pk_flow_case PRIMARY KEY (case_key)
);

CREATE INDEX ix_flow_case_ended ON flow_case (process_key, ended_on, district);

-- One row per finished activity instance (also those of subprocesses and event subprocesses).
CREATE TABLE flow_step (
  step_key       VARCHAR(64)  NOT NULL,
  case_key       VARCHAR(64)  NOT NULL,
  process_key    VARCHAR(255) NOT NULL,
  district       VARCHAR(40),
  activity_id    VARCHAR(255) NOT NULL,
  -- Camunda's activity type: userTask, serviceTask, boundaryTimer, noneEndEvent, subProcess, …
  activity_type  VARCHAR(64)  NOT NULL,
  started_at     TIMESTAMP    NOT NULL,
  ended_at       TIMESTAMP    NOT NULL,
  -- Berlin date of the end: the period a step belongs to
  ended_on       DATE         NOT NULL,
  duration_ms    BIGINT       NOT NULL,
  -- working days (Berlin calendar) from the start date to the end date: 0 on the same day
  working_days   INTEGER      NOT NULL,
  -- user tasks with a due date: done by it (true) or not (false); null without a due date
  within_due     BOOLEAN,
  -- ended by an interrupting event or a deletion, not completed
  canceled       BOOLEAN      DEFAULT FALSE NOT NULL,
  -- a deadline timer (non-interrupting timer boundary event on a user task) that fired
  deadline_event BOOLEAN      DEFAULT FALSE NOT NULL,
  CONSTRAINT pk_flow_step PRIMARY KEY (step_key)
);

CREATE INDEX ix_flow_step_ended ON flow_step (process_key, ended_on, district);
CREATE INDEX ix_flow_step_case ON flow_step (case_key);

-- One row per sequence flow taken.
CREATE TABLE flow_transition (
  transition_key VARCHAR(64)  NOT NULL,
  case_key       VARCHAR(64)  NOT NULL,
  process_key    VARCHAR(255) NOT NULL,
  district       VARCHAR(40),
  flow_id        VARCHAR(255) NOT NULL,
  taken_on       DATE         NOT NULL,
  CONSTRAINT pk_flow_transition PRIMARY KEY (transition_key)
);

CREATE INDEX ix_flow_transition_taken ON flow_transition (process_key, taken_on, district);
