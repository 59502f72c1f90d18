"""Exports and printing: interview protocols as PDF or on paper, right-of-access exports."""
