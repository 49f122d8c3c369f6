"""Reference data of the customs service: formulary, controlled, doping, abortifacients, recalls, lists, offices."""
