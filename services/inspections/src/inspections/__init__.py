"""Registry, monthly inspections, enforcement, quarterly reports and time-aware permissibility rulings (letters 400/10262/د, 100/70/38754, 100/10/74585, 661/2897)."""
