#include "TableReader.h"

#include "CsvReader.h"
#include "XlsxReader.h"

#include <QFileInfo>

namespace {

template <typename Reader> Result<std::unique_ptr<TableReader>> upcast(Result<std::unique_ptr<Reader>> result)
{
    if (!result) {
        return result.error();
    }
    return std::unique_ptr<TableReader>(std::move(result).value());
}

} // namespace

Result<std::unique_ptr<TableReader>> TableReader::open(const QString& path)
{
    if (QFileInfo(path).suffix().compare(u"xlsx", Qt::CaseInsensitive) == 0) {
        return upcast(XlsxReader::open(path));
    }
    return upcast(CsvReader::open(path));
}
