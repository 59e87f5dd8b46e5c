#include "TableWriter.h"

#include "CsvWriter.h"
#include "XlsxTableWriter.h"

#include <QFileInfo>

namespace {

template <typename Writer> Result<std::unique_ptr<TableWriter>> upcast(Result<std::unique_ptr<Writer>> result)
{
    if (!result) {
        return result.error();
    }
    return std::unique_ptr<TableWriter>(std::move(result).value());
}

} // namespace

Result<std::unique_ptr<TableWriter>> TableWriter::create(const QString& path, const QString& sheetName)
{
    if (QFileInfo(path).suffix().compare(u"xlsx", Qt::CaseInsensitive) == 0) {
        return upcast(XlsxTableWriter::create(path, sheetName));
    }
    return upcast(CsvWriter::create(path));
}
