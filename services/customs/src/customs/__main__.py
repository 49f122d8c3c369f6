from customs.main import main

main()
