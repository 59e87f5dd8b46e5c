#pragma once

#include <QMainWindow>

// The main window. Feature widgets (organization tree, roster, member record) plug in here.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};
