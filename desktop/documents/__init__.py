"""Documents of a case: encrypted scans, photos and PDFs, imported and viewed from memory."""
