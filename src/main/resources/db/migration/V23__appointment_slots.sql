-- Appointments from a district calendar (issue 14): the appointment the standard letter offers is
-- a slot of the district's office hours (wohnraumerhalt.appointments.*); each slot has as many seats
-- as caseworkers are on duty, one household each. Plain SQL for H2 and PostgreSQL.
--
-- One row per seat held by a case: 'proposed' while the letter task is open (the form shows it, no
-- other household is offered it), 'booked' once the letter went out. "Never two households in one
-- slot" is the primary key, written in the transaction that proposes or books – not a check before
-- the insert – so it holds for parallel intakes and on several nodes. A case holds at most one seat.
-- Rows go when the case ends (closed, transferred, entered in error, settled by a case event), when
-- the letter task ends without a letter (a contact came first), and when the day has passed.
--
-- slot_at is Berlin local time (the start of the slot). No personal data: the case id only.
CREATE TABLE appointment_slot (
  district            VARCHAR(40)  NOT NULL,
  slot_at             TIMESTAMP    NOT NULL,
  seat                INTEGER      NOT NULL,
  case_id             VARCHAR(20),
  process_instance_id VARCHAR(64)  NOT NULL,
  status              VARCHAR(10)  NOT NULL,
  updated_at          TIMESTAMP    NOT NULL,
  CONSTRAINT pk_appointment_slot PRIMARY KEY (district, slot_at, seat),
  CONSTRAINT uq_appointment_slot_case UNIQUE (process_instance_id),
  CONSTRAINT ck_appointment_slot_status CHECK (status IN ('proposed', 'booked')),
  CONSTRAINT ck_appointment_slot_seat CHECK (seat >= 1)
);

-- One row per district, locked (SELECT … FOR UPDATE) by whoever proposes or books a slot there:
-- the free seats are looked up and taken one transaction at a time per district, on every node.
CREATE TABLE appointment_calendar (
  district VARCHAR(40) NOT NULL,
  CONSTRAINT pk_appointment_calendar PRIMARY KEY (district)
);

INSERT INTO appointment_calendar (district) VALUES ('mitte');
INSERT INTO appointment_calendar (district) VALUES ('friedrichshain-kreuzberg');
INSERT INTO appointment_calendar (district) VALUES ('pankow');
INSERT INTO appointment_calendar (district) VALUES ('charlottenburg-wilmersdorf');
INSERT INTO appointment_calendar (district) VALUES ('spandau');
INSERT INTO appointment_calendar (district) VALUES ('steglitz-zehlendorf');
INSERT INTO appointment_calendar (district) VALUES ('tempelhof-schoeneberg');
INSERT INTO appointment_calendar (district) VALUES ('neukoelln');
INSERT INTO appointment_calendar (district) VALUES ('treptow-koepenick');
INSERT INTO appointment_calendar (district) VALUES ('marzahn-hellersdorf');
INSERT INTO appointment_calendar (district) VALUES ('lichtenberg');
INSERT INTO appointment_calendar (district) VALUES ('reinickendorf');
