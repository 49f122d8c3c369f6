"""The public pre-check: "may I bring / send this?", without a token, storing nothing personal."""
