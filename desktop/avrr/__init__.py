"""Return assistance (AVRR) in the case detail: the record, its status flow as a stepper,
the steps a caseworker may take next and the reminders each step creates."""
