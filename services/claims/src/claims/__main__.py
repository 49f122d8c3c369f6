from claims.main import main

main()
