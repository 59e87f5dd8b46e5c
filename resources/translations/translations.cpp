// Anchor for the embedded translation catalogue: a static library needs one object file.
// The catalogue itself is added by qt_add_resources in resources/CMakeLists.txt.
namespace PartyRollTranslations {
int anchor()
{
    return 0;
}
} // namespace PartyRollTranslations
