-- Case numbers count per district AND year: a single counter per district restarted at 1 whenever
-- the year changed, so going back to an earlier year (simulation, demo history, tests on fixed
-- dates) reissued existing case ids. The district row of case_number_counter stays the lock that
-- serialises intake per district; the numbers live here.
CREATE TABLE case_number_sequence (
  district     VARCHAR(40) NOT NULL,
  counter_year INTEGER     NOT NULL,
  last_number  INTEGER     NOT NULL,
  CONSTRAINT pk_case_number_sequence PRIMARY KEY (district, counter_year)
);

INSERT INTO case_number_sequence (district, counter_year, last_number)
  SELECT district, counter_year, last_number FROM case_number_counter WHERE counter_year > 0;
