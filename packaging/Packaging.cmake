# packaging (CPack) comes with the installer work
