# Qt's deploy script for bcstats (windeployqt / macdeployqt under the hood), the one place that
# knows the Qt versions differ: 6.4 names the output variable FILENAME_VARIABLE, 6.5+ OUTPUT_SCRIPT.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
  qt_generate_deploy_app_script(TARGET bcstats OUTPUT_SCRIPT bcs_deploy_script
                                NO_UNSUPPORTED_PLATFORM_ERROR)
else()
  qt_generate_deploy_app_script(TARGET bcstats FILENAME_VARIABLE bcs_deploy_script
                                NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
