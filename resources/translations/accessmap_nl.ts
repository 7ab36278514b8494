<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="47"/>
        <source>&amp;Open...</source>
        <translation>&amp;Openen...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="51"/>
        <source>Open sectors, centres, tables or a project</source>
        <translation>Sectoren, centra, tabellen of een project openen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="53"/>
        <source>&amp;Import table or points...</source>
        <translation>Tabel of punten &amp;importeren...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="55"/>
        <source>&amp;Save project</source>
        <translation>Project op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="58"/>
        <source>Save project &amp;as...</source>
        <translation>Project opslaan a&amp;ls...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="62"/>
        <source>&amp;Print / PDF...</source>
        <translation>Af&amp;drukken / PDF...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="67"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="69"/>
        <source>&amp;Zoom to layer</source>
        <translation>&amp;Zoomen naar laag</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="71"/>
        <source>Zoom to &amp;selection</source>
        <translation>Zoomen naar &amp;selectie</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="72"/>
        <source>&amp;Run analysis</source>
        <translation>Analyse &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="73"/>
        <source>&amp;Cancel analysis</source>
        <translation>Analyse &amp;annuleren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="74"/>
        <source>About the &amp;data...</source>
        <translation>Over de &amp;gegevens...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="75"/>
        <source>&amp;About accessmap...</source>
        <translation>&amp;Over accessmap...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="79"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="82"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="88"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="90"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="94"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="102"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="105"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="111"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="115"/>
        <source>&amp;Add centres by clicking</source>
        <translation>Centra &amp;toevoegen door te klikken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="118"/>
        <source>&amp;Suggest sites...</source>
        <translation>&amp;Locaties voorstellen...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="119"/>
        <source>&amp;New scenario</source>
        <translation>&amp;Nieuw scenario</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="120"/>
        <source>&amp;Compare scenarios</source>
        <translation>Scenario&apos;s &amp;vergelijken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="121"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="124"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="127"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="116"/>
        <source>higher value = poorer</source>
        <translation>hogere waarde = armer</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="117"/>
        <source>lower value = poorer</source>
        <translation>lagere waarde = armer</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="120"/>
        <source>metres</source>
        <translation>meter</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="121"/>
        <source>minutes walking</source>
        <translation>minuten te voet</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="122"/>
        <source> km/h</source>
        <translation> km/u</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="123"/>
        <source>walk over the street network</source>
        <translation>te voet over het stratennet</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="124"/>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="128"/>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="255"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="126"/>
        <source>Gaussian</source>
        <translation>Gaussisch</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="127"/>
        <source>stepped (500/1000/1500 m)</source>
        <translation>trapsgewijs (500/1000/1500 m)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="129"/>
        <source>auto (catchment / 2)</source>
        <translation>automatisch (werkingsgebied / 2)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="130"/>
        <source>Run analysis</source>
        <translation>Analyse uitvoeren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="136"/>
        <source>quantiles</source>
        <translation>kwantielen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="136"/>
        <source>natural breaks</source>
        <translation>natuurlijke grenzen (Jenks)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="136"/>
        <source>equal interval</source>
        <translation>gelijke intervallen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="144"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="146"/>
        <source>Poverty column</source>
        <translation>Armoedekolom</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="147"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="151"/>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="152"/>
        <source>Walking speed</source>
        <translation>Wandelsnelheid</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="154"/>
        <source>E2SFCA catchment</source>
        <translation>E2SFCA-werkingsgebied</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="155"/>
        <source>E2SFCA weights</source>
        <translation>E2SFCA-gewichten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="156"/>
        <source>Gaussian sigma</source>
        <translation>Gaussische sigma</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="158"/>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="160"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="161"/>
        <source>Classification</source>
        <translation>Klassenindeling</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="162"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="212"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/analysis_panel.py" line="251"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../accessmap/gui/controller.py" line="276"/>
        <source>A scenario with this name already exists.</source>
        <translation>Er bestaat al een scenario met deze naam.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/controller.py" line="332"/>
        <source>Add a layer of centres to run the analysis.</source>
        <translation>Voeg een laag met centra toe om de analyse uit te voeren.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/controller.py" line="356"/>
        <source>Analysis done.</source>
        <translation>Analyse klaar.</translation>
    </message>
</context>
<context>
    <name>CentreEditorPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="63"/>
        <source>Add centres by clicking on the map</source>
        <translation>Centra toevoegen door op de kaart te klikken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="67"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="68"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="69"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="70"/>
        <source>GP FTE</source>
        <translation>huisartsen-VTE</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="71"/>
        <source>step-free</source>
        <translation>drempelvrij</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="72"/>
        <source>opened</source>
        <translation>opening</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="73"/>
        <source>closed</source>
        <translation>sluiting</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="87"/>
        <source>neighbourhood health centre</source>
        <translation>wijkgezondheidscentrum</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="87"/>
        <source>GP practice</source>
        <translation>huisartsenpraktijk</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="87"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="94"/>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="97"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="98"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="99"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="103"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="104"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="105"/>
        <source>Move...</source>
        <translation>Verplaatsen...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="107"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="108"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="109"/>
        <source>GP full-time equivalents</source>
        <translation>Huisartsen in voltijdse equivalenten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="110"/>
        <source>Step-free access</source>
        <translation>Drempelvrije toegang</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="111"/>
        <source>Opening year</source>
        <translation>Openingsjaar</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/centre_editor.py" line="112"/>
        <source>Closing year</source>
        <translation>Sluitingsjaar</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/charts_panel.py" line="70"/>
        <source>Export charts...</source>
        <translation>Grafieken exporteren...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/charts_panel.py" line="132"/>
        <source>baseline</source>
        <translation>uitgangssituatie</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/charts_panel.py" line="170"/>
        <source>Export charts to folder</source>
        <translation>Grafieken naar map exporteren</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="dynamic_strings.py" line="11"/>
        <source>Add centre {centre}</source>
        <translation>Centrum {centre} toevoegen</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="15"/>
        <source>Change settings ({changes})</source>
        <translation>Instellingen wijzigen ({changes})</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="19"/>
        <source>Edit centre {centre} ({fields})</source>
        <translation>Centrum {centre} bewerken ({fields})</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="23"/>
        <source>Move centre {centre}</source>
        <translation>Centrum {centre} verplaatsen</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="27"/>
        <source>Remove centre {centre}</source>
        <translation>Centrum {centre} verwijderen</translation>
    </message>
</context>
<context>
    <name>ConcentrationChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="327"/>
        <source>Concentration curve</source>
        <translation>Concentratiecurve</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="329"/>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="331"/>
        <source>residents, poorest first (cumulative share)</source>
        <translation>inwoners, armsten eerst (cumulatief aandeel)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="332"/>
        <source>share covered</source>
        <translation>aandeel binnen bereik</translation>
    </message>
</context>
<context>
    <name>EquityChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="120"/>
        <source>current</source>
        <translation>huidig</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="163"/>
        <source>Charts export to .png or .svg files.</source>
        <translation>Grafieken worden geëxporteerd naar .png- of .svg-bestanden.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="183"/>
        <source>The chart could not be written.</source>
        <translation>De grafiek kon niet worden weggeschreven.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../accessmap/gui/dialogs/error_dialog.py" line="29"/>
        <source>accessmap: problem</source>
        <translation>accessmap: probleem</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/error_dialog.py" line="32"/>
        <source>Nothing you loaded was lost.</source>
        <translation>Niets van wat u geladen had, is verloren gegaan.</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="46"/>
        <source>Open data files</source>
        <translation>Gegevensbestanden openen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="81"/>
        <source>statistical sectors (areas with residents)</source>
        <translation>statistische sectoren (gebieden met inwoners)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="82"/>
        <source>health centres / GP practices (points)</source>
        <translation>wijkgezondheidscentra / huisartsenpraktijken (punten)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="83"/>
        <source>catchment areas of centres</source>
        <translation>werkingsgebieden van centra</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="84"/>
        <source>resident or address points</source>
        <translation>inwoners- of adrespunten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="85"/>
        <source>walking network (lines)</source>
        <translation>wandelnetwerk (lijnen)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="86"/>
        <source>a table to join to the sectors</source>
        <translation>een tabel om aan de sectoren te koppelen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="87"/>
        <source>centres with coordinates</source>
        <translation>centra met coördinaten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="92"/>
        <source>What is this file?</source>
        <translation>Wat is dit bestand?</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="93"/>
        <source>Load %1 as:</source>
        <translation>%1 laden als:</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="107"/>
        <source>Import a table</source>
        <translation>Een tabel importeren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="109"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.tsv *.xlsx *.xls);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="149"/>
        <source>(no recent files)</source>
        <translation>(geen recente bestanden)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="163"/>
        <source>Sector table as CSV...</source>
        <translation>Sectortabel als CSV...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="164"/>
        <source>Sector table as Excel...</source>
        <translation>Sectortabel als Excel...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="165"/>
        <source>Map layers as GeoPackage...</source>
        <translation>Kaartlagen als GeoPackage...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="166"/>
        <source>Summary as JSON...</source>
        <translation>Samenvatting als JSON...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="167"/>
        <source>Web map (folder)...</source>
        <translation>Webkaart (map)...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="168"/>
        <source>Charts as PNG and SVG (folder)...</source>
        <translation>Grafieken als PNG en SVG (map)...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="177"/>
        <source>Nothing to export yet.</source>
        <translation>Nog niets om te exporteren.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="183"/>
        <source>Export to folder</source>
        <translation>Exporteren naar map</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="188"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/file_ops.py" line="214"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="251"/>
        <source>Data (*.gpkg *.shp *.geojson *.json *.csv *.txt *.tsv *.xlsx *.xls *.accessmap);;All files (*)</source>
        <translation>Gegevens (*.gpkg *.shp *.geojson *.json *.csv *.txt *.tsv *.xlsx *.xls *.accessmap);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="397"/>
        <source>Mapped indicator</source>
        <translation>Indicator op de kaart</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="399"/>
        <source>sectors</source>
        <translation>sectoren</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="114"/>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="117"/>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="121"/>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="129"/>
        <source>detect</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="117"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="129"/>
        <source>point .</source>
        <translation>punt .</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="129"/>
        <source>comma ,</source>
        <translation>komma ,</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="134"/>
        <source>Join columns to the sectors</source>
        <translation>Kolommen aan de sectoren koppelen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="135"/>
        <source>Load as centres (points with coordinates)</source>
        <translation>Laden als centra (punten met coördinaten)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="139"/>
        <source>sector id</source>
        <translation>sectorcode</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="140"/>
        <source>sector name</source>
        <translation>sectornaam</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="141"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="145"/>
        <source>also match names that differ in case, accents or separators</source>
        <translation>ook namen koppelen die verschillen in hoofdletters, accenten of scheidingstekens</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="149"/>
        <source>stop with a message</source>
        <translation>stoppen met een melding</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="150"/>
        <source>keep the first row</source>
        <translation>de eerste rij behouden</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="151"/>
        <source>average the rows</source>
        <translation>het gemiddelde van de rijen nemen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="154"/>
        <source>Check the join</source>
        <translation>Koppeling controleren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="158"/>
        <source>The join report appears here before anything is applied.</source>
        <translation>Het koppelingsverslag verschijnt hier voordat er iets wordt toegepast.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="193"/>
        <source>Separator</source>
        <translation>Scheidingsteken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="194"/>
        <source>Encoding</source>
        <translation>Codering</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="195"/>
        <source>Decimal mark</source>
        <translation>Decimaalteken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="198"/>
        <source>Table key column</source>
        <translation>Sleutelkolom van de tabel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="199"/>
        <source>Matches sector</source>
        <translation>Koppelen aan</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="201"/>
        <source>Repeated keys</source>
        <translation>Herhaalde sleutels</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="206"/>
        <source>x / longitude column</source>
        <translation>x- / lengtegraadkolom</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="207"/>
        <source>y / latitude column</source>
        <translation>y- / breedtegraadkolom</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="208"/>
        <source>Coordinate system</source>
        <translation>Coördinatenstelsel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="209"/>
        <source>Name column</source>
        <translation>Naamkolom</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/import_dialog.py" line="251"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../accessmap/gui/translations.py" line="182"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/translations.py" line="188"/>
        <source>&amp;System default</source>
        <translation>&amp;Systeemtaal</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/translations.py" line="206"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/translations.py" line="207"/>
        <source>The new language applies when you restart accessmap.</source>
        <translation>De nieuwe taal geldt zodra u accessmap opnieuw start.</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="43"/>
        <source>Statistical sectors</source>
        <translation>Statistische sectoren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="44"/>
        <source>Health centres / GP practices</source>
        <translation>Wijkgezondheidscentra / huisartsenpraktijken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="45"/>
        <source>Catchment areas</source>
        <translation>Werkingsgebieden</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="46"/>
        <source>Walking network</source>
        <translation>Wandelnetwerk</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="47"/>
        <source>Residents (address points)</source>
        <translation>Inwoners (adrespunten)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="50"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="50"/>
        <source>Features</source>
        <translation>Objecten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="50"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="55"/>
        <source>Add...</source>
        <translation>Toevoegen...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/layers_panel.py" line="56"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="79"/>
        <source>accessmap: access to primary care</source>
        <translation>accessmap: toegang tot eerstelijnszorg</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="98"/>
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="99"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="100"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="101"/>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="134"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="155"/>
        <source>Map script error: </source>
        <translation>Scriptfout in de kaart: </translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/main_window.py" line="217"/>
        <source>%1 sectors selected</source>
        <translation>%1 sectoren geselecteerd</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="255"/>
        <source>&amp;Open...</source>
        <translation>&amp;Openen...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="259"/>
        <source>Open sectors, centres, tables or a project</source>
        <translation>Sectoren, centra, tabellen of een project openen</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="263"/>
        <source>&amp;Import table or points...</source>
        <translation>Tabel of punten &amp;importeren...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="267"/>
        <source>&amp;Save project</source>
        <translation>Project op&amp;slaan</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="271"/>
        <source>Save project &amp;as...</source>
        <translation>Project opslaan a&amp;ls...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="275"/>
        <source>&amp;Print / PDF...</source>
        <translation>Af&amp;drukken / PDF...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="279"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="283"/>
        <source>&amp;Zoom to layer</source>
        <translation>&amp;Zoomen naar laag</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="287"/>
        <source>Zoom to &amp;selection</source>
        <translation>Zoomen naar &amp;selectie</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="291"/>
        <source>&amp;Run analysis</source>
        <translation>Analyse &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="295"/>
        <source>&amp;Cancel analysis</source>
        <translation>Analyse &amp;annuleren</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="299"/>
        <source>About the &amp;data...</source>
        <translation>Over de &amp;gegevens...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="303"/>
        <source>&amp;About accessmap...</source>
        <translation>&amp;Over accessmap...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="307"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="311"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="315"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="319"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="323"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="327"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="331"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="335"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="339"/>
        <source>&amp;Add centres by clicking</source>
        <translation>Centra &amp;toevoegen door te klikken</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="343"/>
        <source>&amp;Suggest sites...</source>
        <translation>&amp;Locaties voorstellen...</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="347"/>
        <source>&amp;New scenario</source>
        <translation>&amp;Nieuw scenario</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="351"/>
        <source>&amp;Compare scenarios</source>
        <translation>Scenario&apos;s &amp;vergelijken</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="355"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="359"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="363"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="367"/>
        <source>No known gaps were declared for the loaded data.</source>
        <translation>Voor de geladen gegevens zijn geen bekende leemten opgegeven.</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="371"/>
        <source>About the data</source>
        <translation>Over de gegevens</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="375"/>
        <source>About accessmap</source>
        <translation>Over accessmap</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="379"/>
        <source>accessmap %1: access to primary care in poor neighbourhoods, mapped offline.</source>
        <translation>accessmap %1: toegang tot eerstelijnszorg in arme wijken, offline in kaart gebracht.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="dynamic_strings.py" line="31"/>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="35"/>
        <source>Not reachable</source>
        <translation>Niet bereikbaar</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="39"/>
        <source>Sector code</source>
        <translation>Sectorcode</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="43"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="47"/>
        <source>Centres</source>
        <translation>Centra</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="51"/>
        <source>Neighbourhood health centre</source>
        <translation>Wijkgezondheidscentrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="55"/>
        <source>GP practice</source>
        <translation>Huisartsenpraktijk</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="59"/>
        <source>Other centre</source>
        <translation>Ander centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="63"/>
        <source>Coverage gap (poorest third, worst access)</source>
        <translation>Tekort (armste derde, slechtste toegang)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="67"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="71"/>
        <source>Population</source>
        <translation>Bevolking</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="75"/>
        <source>Poverty</source>
        <translation>Armoede</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="79"/>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="83"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="87"/>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="91"/>
        <source>Selected</source>
        <translation>Geselecteerd</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="95"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="99"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="103"/>
        <source>Least poor third</source>
        <translation>Minst arme derde</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="107"/>
        <source>Middle third</source>
        <translation>Middelste derde</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="111"/>
        <source>Poorest third</source>
        <translation>Armste derde</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="115"/>
        <source>{poverty}, {access} (P{p}A{a})</source>
        <translation>{poverty}, {access} (A{p}T{a})</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="119"/>
        <source>least poor third</source>
        <translation>minst arme derde</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="123"/>
        <source>middle third</source>
        <translation>middelste derde</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="127"/>
        <source>poorest third</source>
        <translation>armste derde</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="131"/>
        <source>worst access</source>
        <translation>slechtste toegang</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="135"/>
        <source>middle access</source>
        <translation>middelmatige toegang</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="139"/>
        <source>best access</source>
        <translation>beste toegang</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="143"/>
        <source>No gap</source>
        <translation>Geen tekort</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="147"/>
        <source>Within the threshold</source>
        <translation>Binnen de drempel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="151"/>
        <source>Beyond the threshold</source>
        <translation>Buiten de drempel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="155"/>
        <source>Inside a catchment area</source>
        <translation>In een werkingsgebied</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="159"/>
        <source>Outside every catchment area</source>
        <translation>Buiten elk werkingsgebied</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="163"/>
        <source>Gained access (now within the threshold)</source>
        <translation>Toegang gewonnen (nu binnen de drempel)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="167"/>
        <source>Lost access (now beyond the threshold)</source>
        <translation>Toegang verloren (nu buiten de drempel)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="171"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="175"/>
        <source>No change (within ±{d})</source>
        <translation>Geen verandering (binnen ±{d})</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="179"/>
        <source>More than {v} shorter</source>
        <translation>Meer dan {v} korter</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="183"/>
        <source>More than {v} longer</source>
        <translation>Meer dan {v} langer</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="187"/>
        <source>Distance to the nearest centre</source>
        <translation>Afstand tot het dichtstbijzijnde centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="191"/>
        <source>Distance to the third nearest centre</source>
        <translation>Afstand tot het derde dichtstbijzijnde centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="195"/>
        <source>Centres within the threshold</source>
        <translation>Centra binnen de drempel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="199"/>
        <source>GP capacity within the threshold</source>
        <translation>Huisartscapaciteit binnen de drempel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="203"/>
        <source>E2SFCA: GPs per 10,000 residents</source>
        <translation>E2SFCA: huisartsen per 10.000 inwoners</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="207"/>
        <source>Walking distance to the nearest centre</source>
        <translation>Wandelafstand tot het dichtstbijzijnde centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="211"/>
        <source>Walking time to the nearest centre</source>
        <translation>Wandeltijd tot het dichtstbijzijnde centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="215"/>
        <source>Detour index (walking / straight line)</source>
        <translation>Omwegfactor (wandelen / vogelvlucht)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="219"/>
        <source>Distance to the nearest step-free centre</source>
        <translation>Afstand tot het dichtstbijzijnde drempelvrije centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="223"/>
        <source>Poverty class</source>
        <translation>Armoedeklasse</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="227"/>
        <source>Poverty and access (bivariate)</source>
        <translation>Armoede en toegang (bivariaat)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="231"/>
        <source>Coverage gap</source>
        <translation>Tekort aan zorgaanbod</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="235"/>
        <source>Nearest centre within the threshold</source>
        <translation>Dichtstbijzijnde centrum binnen de drempel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="239"/>
        <source>Inside a centre&apos;s catchment area</source>
        <translation>In het werkingsgebied van een centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="243"/>
        <source>Change in distance to the nearest centre</source>
        <translation>Verandering in afstand tot het dichtstbijzijnde centrum</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="247"/>
        <source>Change in access (within the threshold)</source>
        <translation>Verandering in toegang (binnen de drempel)</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="147"/>
        <source>Print and PDF</source>
        <translation>Afdrukken en PDF</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="172"/>
        <source>Portrait</source>
        <translation>Staand</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="172"/>
        <source>Landscape</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="175"/>
        <source>Default: Access to primary care</source>
        <translation>Standaard: Toegang tot eerstelijnszorg</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="177"/>
        <source>Default: the indicator and the area</source>
        <translation>Standaard: de indicator en het gebied</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="181"/>
        <source>One page: the whole area</source>
        <translation>Eén pagina: het hele gebied</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="183"/>
        <source>One page zoomed to the selected sectors</source>
        <translation>Eén pagina ingezoomd op de geselecteerde sectoren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="184"/>
        <source>Atlas: one page per selected sector</source>
        <translation>Atlas: één pagina per geselecteerde sector</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="187"/>
        <source>Atlas: one page per {column} ({n} pages)</source>
        <translation>Atlas: één pagina per {column} ({n} pagina&apos;s)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="192"/>
        <source>Locator map</source>
        <translation>Situeringskaart</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="194"/>
        <source>Key figures beside the map</source>
        <translation>Kerncijfers naast de kaart</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="198"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="199"/>
        <source>Orientation</source>
        <translation>Afdrukstand</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="200"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="201"/>
        <source>Subtitle</source>
        <translation>Ondertitel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="202"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="203"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="204"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="205"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="209"/>
        <source>Preview...</source>
        <translation>Voorbeeld...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="210"/>
        <source>Print...</source>
        <translation>Afdrukken...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="211"/>
        <source>Export PDF...</source>
        <translation>PDF exporteren...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="212"/>
        <source>Export PNG...</source>
        <translation>PNG exporteren...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="239"/>
        <source>PNG holds one page: choose a single page to export PNG.</source>
        <translation>Een PNG bevat één pagina: kies één pagina om als PNG te exporteren.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="290"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="326"/>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="340"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="357"/>
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="360"/>
        <source>Writing the PDF...</source>
        <translation>PDF wordt weggeschreven...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="367"/>
        <source>Export PNG</source>
        <translation>PNG exporteren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="371"/>
        <source>Writing the PNG...</source>
        <translation>PNG wordt weggeschreven...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="415"/>
        <source>Written: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/dialogs/print_dialog.py" line="424"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>ProjectOps</name>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="56"/>
        <source>There is nothing to save yet: load data first.</source>
        <translation>Er is nog niets om op te slaan: laad eerst gegevens.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="92"/>
        <source>Save project</source>
        <translation>Project opslaan</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="94"/>
        <source>accessmap projects (*.accessmap)</source>
        <translation>accessmap-projecten (*.accessmap)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="117"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="135"/>
        <source>An autosave of this project is newer than the file (the program may have stopped unexpectedly). Recover it?</source>
        <translation>Er is een automatisch opgeslagen versie van dit project die nieuwer is dan het bestand (het programma is misschien onverwacht gestopt). Wilt u die herstellen?</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="163"/>
        <source>accessmap found unsaved work from a previous session. Recover it?</source>
        <translation>accessmap heeft niet-opgeslagen werk van een vorige sessie gevonden. Wilt u het herstellen?</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="191"/>
        <source>Autosave failed: </source>
        <translation>Automatisch opslaan mislukt: </translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="200"/>
        <source>untitled</source>
        <translation>naamloos</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="201"/>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="222"/>
        <source>accessmap</source>
        <translation>accessmap</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/project_ops.py" line="210"/>
        <source>The project has unsaved changes. Save them?</source>
        <translation>Het project heeft niet-opgeslagen wijzigingen. Wilt u ze opslaan?</translation>
    </message>
</context>
<context>
    <name>QuintileBeyondChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="309"/>
        <source>Residents beyond the threshold</source>
        <translation>Inwoners buiten de drempel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="310"/>
        <source>% of residents</source>
        <translation>% van de inwoners</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="311"/>
        <source>poverty quintile (residents)</source>
        <translation>armoedekwintiel (inwoners)</translation>
    </message>
</context>
<context>
    <name>QuintileDistanceChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="286"/>
        <source>min walk</source>
        <translation>min te voet</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="286"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="287"/>
        <source>Distance to the nearest centre</source>
        <translation>Afstand tot het dichtstbijzijnde centrum</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="288"/>
        <source>mean distance</source>
        <translation>gemiddelde afstand</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="289"/>
        <source>poverty quintile (residents)</source>
        <translation>armoedekwintiel (inwoners)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="296"/>
        <source>threshold</source>
        <translation>drempel</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="195"/>
        <source>Filter sectors (name, id, municipality, ...)</source>
        <translation>Sectoren filteren (naam, code, gemeente, ...)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/results_panel.py" line="277"/>
        <source>%1 of %2 sectors shown</source>
        <translation>%1 van %2 sectoren getoond</translation>
    </message>
</context>
<context>
    <name>ScenarioDocks</name>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="44"/>
        <source>&lt;loaded data&gt;</source>
        <translation>&lt;geladen gegevens&gt;</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="51"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="52"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="57"/>
        <source>Scenarios</source>
        <translation>Scenario&apos;s</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="58"/>
        <source>Centres</source>
        <translation>Centra</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="59"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="60"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_wiring.py" line="112"/>
        <source>Click on the map to add a neighbourhood health centre.</source>
        <translation>Klik op de kaart om een wijkgezondheidscentrum toe te voegen.</translation>
    </message>
</context>
<context>
    <name>ScenarioOps</name>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_ops.py" line="147"/>
        <location filename="../../accessmap/gui/panels/scenario_ops.py" line="149"/>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_ops.py" line="178"/>
        <source>Click on the map where centre %1 should move.</source>
        <translation>Klik op de kaart waar centrum %1 naartoe moet.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_ops.py" line="199"/>
        <source>New centre %1</source>
        <translation>Nieuw centrum %1</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="140"/>
        <source>New (copy)</source>
        <translation>Nieuw (kopie)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="141"/>
        <source>From baseline</source>
        <translation>Vanuit de uitgangssituatie</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="142"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="143"/>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="147"/>
        <source>Show change on map</source>
        <translation>Verandering op de kaart tonen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="150"/>
        <source>Map the selected scenario&apos;s change in distance to the nearest centre against the baseline (blue: closer, red: farther). Compare first.</source>
        <translation>Toon op de kaart hoe de afstand tot het dichtstbijzijnde centrum in het gekozen scenario verandert tegenover de uitgangssituatie (blauw: dichterbij, rood: verder). Vergelijk eerst.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="222"/>
        <source>Map: change from the baseline to %1.</source>
        <translation>Kaart: verandering van de uitgangssituatie naar %1.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="247"/>
        <source>edit</source>
        <translation>wijziging</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="247"/>
        <source>edits</source>
        <translation>wijzigingen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="268"/>
        <source>Comparing %1 scenarios...</source>
        <translation>%1 scenario&apos;s worden vergeleken...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/scenario_panel.py" line="288"/>
        <source>Compared against the baseline.</source>
        <translation>Vergeleken met de uitgangssituatie.</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <location filename="../../accessmap/gui/translations.py" line="228"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Instellingen</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="47"/>
        <source>Suggest sites for new centres</source>
        <translation>Locaties voor nieuwe centra voorstellen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="52"/>
        <source>weight residents by poverty</source>
        <translation>inwoners wegen naar armoede</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="55"/>
        <source>best (exact, spopt / CBC)</source>
        <translation>beste (exact, spopt / CBC)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="56"/>
        <source>fast (greedy)</source>
        <translation>snel (gulzig)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="59"/>
        <source>Suggest</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="63"/>
        <source>site (sector)</source>
        <translation>locatie (sector)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="64"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="65"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="66"/>
        <source>poor residents newly within reach</source>
        <translation>arme inwoners die nieuw binnen bereik komen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="73"/>
        <source>Add the selected site as a centre</source>
        <translation>De geselecteerde locatie als centrum toevoegen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="75"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="77"/>
        <source>New centres (k)</source>
        <translation>Nieuwe centra (k)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="79"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="104"/>
        <source>Solving...</source>
        <translation>Bezig met oplossen...</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="125"/>
        <source>Suggested site %1</source>
        <translation>Voorgestelde locatie %1</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/suggest_dialog.py" line="132"/>
        <source>Poor residents within the threshold: %1 now, %2 with these sites (method: %3, %4).</source>
        <translation>Arme inwoners binnen de drempel: nu %1, %2 met deze locaties (methode: %3, %4).</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="51"/>
        <source>Residents within the threshold</source>
        <translation>Inwoners binnen de drempel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="53"/>
        <source>Poorest third&apos;s residents within it</source>
        <translation>Inwoners van het armste derde binnen de drempel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="55"/>
        <source>Poor residents beyond it</source>
        <translation>Arme inwoners buiten de drempel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="56"/>
        <source>Concentration index (Erreygers)</source>
        <translation>Concentratie-index (Erreygers)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="57"/>
        <source>Coverage-gap sectors (poor, worst access)</source>
        <translation>Sectoren met een tekort (arm, slechtste toegang)</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="58"/>
        <source>Residents in the coverage gap</source>
        <translation>Inwoners in tekortsectoren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="59"/>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="60"/>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="61"/>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="62"/>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="96"/>
        <source>GP capacity unknown for %1 centres: counted as 1 FTE each.</source>
        <translation>Huisartscapaciteit onbekend voor %1 centra: elk geteld als 1 VTE.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/summary_view.py" line="108"/>
        <source>About the data: </source>
        <translation>Over de gegevens: </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="53"/>
        <source>Show coverage in one year</source>
        <translation>Bereik in één jaar tonen</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="61"/>
        <source>Residents within the threshold, year by year</source>
        <translation>Inwoners binnen de drempel, jaar per jaar</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="62"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="66"/>
        <source>all residents</source>
        <translation>alle inwoners</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="69"/>
        <source>poorest third</source>
        <translation>armste derde</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="106"/>
        <source>No centre has an opening or closing year: coverage is the same every year. Add years in the Centres dock to see coverage over time.</source>
        <translation>Geen enkel centrum heeft een openings- of sluitingsjaar: het bereik is elk jaar hetzelfde. Voeg jaren toe in het paneel Centra om het bereik in de tijd te zien.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/timeline_panel.py" line="125"/>
        <source>all years</source>
        <translation>alle jaren</translation>
    </message>
</context>
<context>
    <name>_QuintileChart</name>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="248"/>
        <source>1 poorest</source>
        <translation>1 armste</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/charts.py" line="252"/>
        <source>5 least poor</source>
        <translation>5 minst arm</translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="144"/>
        <source>No known gaps were declared for the loaded data.</source>
        <translation>Voor de geladen gegevens zijn geen bekende leemten opgegeven.</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="146"/>
        <source>About the data</source>
        <translation>Over de gegevens</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="159"/>
        <source>About accessmap</source>
        <translation>Over accessmap</translation>
    </message>
    <message>
        <location filename="../../accessmap/gui/panels/actions.py" line="161"/>
        <source>accessmap %1: access to primary care in poor neighbourhoods, mapped offline.</source>
        <translation>accessmap %1: toegang tot eerstelijnszorg in arme wijken, offline in kaart gebracht.</translation>
    </message>
</context>
</TS>
