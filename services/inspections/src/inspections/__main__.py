from inspections.main import main

main()
