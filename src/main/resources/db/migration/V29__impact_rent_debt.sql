-- Impact and cost ("Wirkung und Kosten", issue 17): the rent debt taken over for a household, as
-- the caseworker records it on "Beratung durchführen" (Counselling, optional field
-- rentDebtTakenOver in euros), with the day of that counselling – the prevention cost of
-- impact.ImpactCalculator counts it in the period of that day. An amount, no personal data.
-- Null: no amount recorded. Plain SQL for H2 and PostgreSQL.
ALTER TABLE kpi_case_fact ADD COLUMN rent_debt_taken_over NUMERIC(12,2);
ALTER TABLE kpi_case_fact ADD COLUMN rent_debt_taken_over_on DATE;

CREATE INDEX ix_kpi_case_rent_debt ON kpi_case_fact (rent_debt_taken_over_on, district);
