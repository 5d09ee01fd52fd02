# Installers, all through CPack: a .deb and a .tar.gz here (cpack -G DEB / TGZ, verified on
# Debian 12 by tests/packaging), a WiX MSI on Windows and a DragNDrop DMG on macOS (native runners
# only: .github/workflows/release.yml). One version — the CMake project's — in every file name,
# the metainfo release, the Windows version resource and the bundle's Info.plist.

set(BCS_APP_ID "io.github.bcstats.BallchasingStats")
set(BCS_RELEASE_DATE "2026-12-02") # the metainfo release of PROJECT_VERSION

if(UNIX AND NOT APPLE)
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${BCS_APP_ID}.desktop
          DESTINATION share/applications)
  configure_file(${PROJECT_SOURCE_DIR}/packaging/linux/${BCS_APP_ID}.metainfo.xml.in
                 ${CMAKE_BINARY_DIR}/${BCS_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${CMAKE_BINARY_DIR}/${BCS_APP_ID}.metainfo.xml DESTINATION share/metainfo)
  foreach(size 16 24 32 48 64 128 256 512)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/icons/${size}x${size}/bcstats.png
            DESTINATION share/icons/hicolor/${size}x${size}/apps)
  endforeach()
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/bcstats.svg
          DESTINATION share/icons/hicolor/scalable/apps)
endif()

if(WIN32)
  # The icon and a version resource (Explorer's Properties ▸ Details) from one template.
  configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/bcstats.rc.in
                 ${CMAKE_BINARY_DIR}/bcstats.rc @ONLY)
  target_sources(bcstats PRIVATE ${CMAKE_BINARY_DIR}/bcstats.rc)
  # Libraries that are not Qt's (QtKeychain, zstd) sit beside the executable; the compiler's
  # runtime is installed too.
  install(FILES $<TARGET_RUNTIME_DLLS:bcstats> DESTINATION bin)
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
  include(InstallRequiredSystemLibraries)
endif()

if(APPLE)
  set_target_properties(bcstats PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_GUI_IDENTIFIER ${BCS_APP_ID}
    MACOSX_BUNDLE_ICON_FILE bcstats.icns)
  set_source_files_properties(${PROJECT_SOURCE_DIR}/packaging/macos/bcstats.icns
                              PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
  target_sources(bcstats PRIVATE ${PROJECT_SOURCE_DIR}/packaging/macos/bcstats.icns)
  # Qt's own translations: the deploy script does not copy them into a bundle.
  install(DIRECTORY "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/"
          DESTINATION bcstats.app/Contents/Resources/translations
          FILES_MATCHING PATTERN "qtbase_*.qm")
endif()

if(WIN32 OR APPLE)
  include(${PROJECT_SOURCE_DIR}/packaging/QtDeploy.cmake) # the one Qt-version guard
  install(SCRIPT ${bcs_deploy_script})
endif()

set(CPACK_PACKAGE_NAME "bcstats")
set(CPACK_PACKAGE_VENDOR "Ballchasing Stats developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Ballchasing Stats: your Rocket League replays, synced and analysed")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Ballchasing Stats")
set(CPACK_PACKAGE_EXECUTABLES "bcstats;Ballchasing Stats") # the Start-menu shortcut
set(CPACK_PACKAGE_CONTACT "bcstats developers <bcstats@example.invalid>")
set(CPACK_PACKAGE_FILE_NAME "bcstats-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")

set(CPACK_DEBIAN_PACKAGE_SECTION "games")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What shlibdeps cannot see: plugins Qt loads at run time.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6gui6, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

# A fixed upgrade code lets a newer MSI replace an older one instead of installing beside it;
# the user's cache lives in %LOCALAPPDATA%, which an uninstall never touches.
set(CPACK_WIX_UPGRADE_GUID "6D1F6E2A-3C4B-4B8E-9A57-2E0B5C7D9F13")
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/packaging/windows/bcstats.ico)

set(CPACK_DMG_VOLUME_NAME "Ballchasing Stats")

if(WIN32)
  set(CPACK_GENERATOR "WIX")
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
else()
  set(CPACK_GENERATOR "DEB;TGZ")
endif()
include(CPack)
