-- Case references (RC-<year>-<number>) are numbered from one sequence shared by all nodes.
CREATE SEQUENCE case_reference_seq START WITH 1;
