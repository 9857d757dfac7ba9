<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>{count} projects on the map</source>
        <translation>
            <numerusform>{count} project on the map</numerusform>
            <numerusform>{count} projects on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} open of {total} problems</source>
        <translation>
            <numerusform>{open} open of {total} problem</numerusform>
            <numerusform>{open} open of {total} problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} monitoring visits</source>
        <translation>
            <numerusform>{count} monitoring visit</numerusform>
            <numerusform>{count} monitoring visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems recorded and reported</source>
        <translation>
            <numerusform>{count} problem recorded and reported</numerusform>
            <numerusform>{count} problems recorded and reported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems followed until fixed</source>
        <translation>
            <numerusform>{count} problem followed until fixed</numerusform>
            <numerusform>{count} problems followed until fixed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least {count} characters.</source>
        <translation>
            <numerusform>A password needs at least {count} character.</numerusform>
            <numerusform>A password needs at least {count} characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A PIN needs at least {count} characters.</source>
        <translation>
            <numerusform>A PIN needs at least {count} character.</numerusform>
            <numerusform>A PIN needs at least {count} characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A class list has at most {count} rows; split the file.</source>
        <translation>
            <numerusform>A class list has at most {count} row; split the file.</numerusform>
            <numerusform>A class list has at most {count} rows; split the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait {seconds} seconds, then try again.</source>
        <translation>
            <numerusform>Too many wrong tries. Wait {seconds} second, then try again.</numerusform>
            <numerusform>Too many wrong tries. Wait {seconds} seconds, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>
            <numerusform>{label} is too long ({length} character; at most {limit}).</numerusform>
            <numerusform>{label} is too long ({length} characters; at most {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} changes</source>
        <translation>
            <numerusform>{count} change</numerusform>
            <numerusform>{count} changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} photos</source>
        <translation>
            <numerusform>{count} photo</numerusform>
            <numerusform>{count} photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: {count} records</source>
        <translation>
            <numerusform>Receiving: {count} record</numerusform>
            <numerusform>Receiving: {count} records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} students</source>
        <translation>
            <numerusform>{count} student</numerusform>
            <numerusform>{count} students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; {count} photos not yet on the server (they come with a later sync, once the computer that took them has sent them)</source>
        <translation>
            <numerusform>; {count} photo not yet on the server (it comes with a later sync, once the computer that took it has sent it)</numerusform>
            <numerusform>; {count} photos not yet on the server (they come with a later sync, once the computer that took them has sent them)</numerusform>
        </translation>
    </message>
</context>
</TS>
