"""Reports: pure functions from the journal and a period to a ``ReportTable``; renderers."""
