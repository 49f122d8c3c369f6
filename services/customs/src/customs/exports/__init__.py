"""Export permits for medicines leaving with a traveller or by post (CUS-6.4, form FRM-DPNA-GIO-057)."""
