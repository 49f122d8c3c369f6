"""Authorization look-ups for other services (OFL-I): approved and covered on a date, nothing more."""
