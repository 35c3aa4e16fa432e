"""What a sender reads about a verdict (guard.report.explain) and the safe rewrite (guard.report.fix)."""
