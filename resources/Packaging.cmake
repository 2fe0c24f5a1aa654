# The Debian package (CPack's DEB generator): scripts/dev.sh package builds it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME isms-desk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "ISMS Desk developers")
# Who answers for the package: an agency that builds its own sets its IT contact here.
set(ISMS_DESK_MAINTAINER "ISMS Desk developers <isms-desk@ismsdesk.org>" CACHE STRING "The package's Maintainer field")
set(CPACK_PACKAGE_CONTACT "${ISMS_DESK_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "information-security governance records (ISMS)")
set(CPACK_PACKAGE_DESCRIPTION
    "ISMS Desk keeps the records of an information-security management system:
the security policy under document control, security objectives with
measurable targets and yearly action plans, who is responsible for what,
and the review cycles (annual policy review, management review meetings,
internal audits, semi-annual social-engineering drills). It keeps them in a
local database file or a shared PostgreSQL database, with a dashboard and
printed, verifiable copies of the policy. Its language is Traditional
Chinese; English is available too.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the program links are found by dpkg-shlibdeps; what it loads at run time is
# not, so it is named: the platform plugins (offscreen for commands, xcb for the window), the SQL
# drivers and the CJK fonts its reports embed; Qt's own translations are recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6sql6-psql, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-dejavu-core, fonts-symbola")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/package)
include(CPack)
