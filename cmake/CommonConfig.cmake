# One INTERFACE target that every PartyRoll target links: language level, warnings and the
# strict Qt macros. Mirrors qBittorrent's cmake/Modules/CommonConfig.cmake.
add_library(partyroll_common INTERFACE)
target_compile_features(partyroll_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(partyroll_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    PARTYROLL_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(partyroll_common INTERFACE
        -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Wpedantic)
    if(PARTYROLL_WERROR)
        target_compile_options(partyroll_common INTERFACE -Werror)
    endif()
endif()
