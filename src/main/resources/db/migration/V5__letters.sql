-- Letters (SPEC §3 steps 2 and 6): the PDF of each standard letter, kept with its case. Written by
-- the letterListener in the same transaction that completes SendCourtLetter / SendEvictionLetter,
-- so a completed task always has its letter and a failed completion leaves none.
-- Plain SQL for H2 and PostgreSQL: BYTEA is PostgreSQL's binary type and an alias of VARBINARY
-- (up to 1 GB) in H2 2.x.
--
-- Personal data: content holds the household's name and address; these rows must be deleted
-- together with the case's other personal data (retention period, see the data-protection issue).

CREATE TABLE case_letter (
  id                  VARCHAR(36)              NOT NULL,
  -- the case id (business key of the process instance), e.g. MI-2026-00042
  case_id             VARCHAR(64)              NOT NULL,
  -- district (tenant id) of the case: who may read the letter
  district            VARCHAR(40)              NOT NULL,
  -- 'court-letter' (Standardanschreiben) or 'eviction-letter' (Anschreiben Zwangsräumung)
  kind                VARCHAR(20)              NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  -- the date printed on the letter: letterSentOn / evictionLetterSentOn
  letter_date         DATE                     NOT NULL,
  process_instance_id VARCHAR(64)              NOT NULL,
  -- the completed task; one letter per task
  task_id             VARCHAR(64)              NOT NULL,
  content             BYTEA                    NOT NULL,
  CONSTRAINT pk_case_letter PRIMARY KEY (id),
  CONSTRAINT uq_case_letter_task UNIQUE (task_id),
  CONSTRAINT ck_case_letter_kind CHECK (kind IN ('court-letter', 'eviction-letter'))
);

CREATE INDEX ix_case_letter_case ON case_letter (case_id, created_at);
