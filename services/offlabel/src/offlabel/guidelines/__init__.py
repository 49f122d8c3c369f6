"""Guidelines as data (OFL-G): the versioned guideline format, its loader and the catalogue routes."""
