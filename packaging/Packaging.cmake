# Installers: .deb here (cpack -G DEB), WiX MSI on Windows and a DMG on macOS (native runners,
# see .github/workflows/installers.yml). Qt is deployed next to the app on Windows/macOS.

install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/bcstats.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/bcstats.svg
        DESTINATION share/icons/hicolor/scalable/apps)

if(WIN32 OR APPLE)
  # 6.4 names the output variable FILENAME_VARIABLE; 6.5+ calls it OUTPUT_SCRIPT.
  if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET bcstats OUTPUT_SCRIPT bcs_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
  else()
    qt_generate_deploy_app_script(TARGET bcstats FILENAME_VARIABLE bcs_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
  endif()
  install(SCRIPT ${bcs_deploy_script})
endif()

set(CPACK_PACKAGE_NAME "bcstats")
set(CPACK_PACKAGE_VENDOR "Ballchasing Stats developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Ballchasing Stats: your Rocket League replays, synced and analysed")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Ballchasing Stats")
set(CPACK_PACKAGE_EXECUTABLES "bcstats;Ballchasing Stats")
set(CPACK_PACKAGE_CONTACT "bcstats developers <bcstats@example.invalid>")

set(CPACK_DEBIAN_PACKAGE_SECTION "games")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

# A fixed upgrade code lets a newer MSI replace an older one instead of installing beside it.
set(CPACK_WIX_UPGRADE_GUID "6D1F6E2A-3C4B-4B8E-9A57-2E0B5C7D9F13")

set(CPACK_DMG_VOLUME_NAME "Ballchasing Stats")

if(WIN32)
  set(CPACK_GENERATOR "WIX")
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
else()
  set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
