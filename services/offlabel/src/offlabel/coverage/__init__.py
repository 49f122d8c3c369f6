"""Insurers' coverage decisions (OFL-I): strategic purchasing on the basis of approved guidelines."""
