from offlabel.main import main

main()
