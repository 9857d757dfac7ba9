"""The app's own map, drawn by Qt (a QGraphicsView, no browser engine), for the Map page and the location picker.

Scene coordinates are Web Mercator in degrees (x = longitude, y = minus the Mercator latitude), so shapes keep
their look at any latitude. The boundaries (Natural Earth countries and provinces) are scene items; projects,
clusters, town names, the legend and the scale bar are painted over them in screen pixels by one function that
printing uses too, so paper shows what the screen shows, at the paper's size.
"""

from __future__ import annotations

import ctypes
import math
import sys
from dataclasses import dataclass, field
from functools import cache

from PySide6.QtCore import QPoint, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsView, QToolTip, QWidget

from ..maps.map_data import COLOURS, RANK, ProjectPoint
from .text import format_number, tr

SEA, LAND, BORDER, PROVINCE = QColor("#dbe9f4"), QColor("#f4f1e8"), QColor("#6b6b6b"), QColor("#9a9a9a")
INK = QColor("#1f2933")
HALO = QColor(255, 255, 255, 230)
CLUSTER_CELL = 46  # screen pixels: projects closer than this are drawn as one group
MIN_SCALE, MAX_SCALE = 1.5, 400_000.0  # pixels per degree: the world on a small window .. a street
MAX_LAT = 85.0


def _void_calls_lose_none() -> bool:
    """PySide6 6.12.0 on Python 3.11 takes a reference from None at every call of a method returning nothing
    (QPainter.drawEllipse, QPainterPath.lineTo, QLabel.setText...): after some thousands Python dies
    ("deallocating None"); the map makes thousands of such calls a frame."""
    path = QPainterPath()
    before = sys.getrefcount(None)
    for _ in range(20):
        path.moveTo(0, 0)
    return sys.getrefcount(None) < before - 10


def keep_none_alive() -> bool:
    """Where that bug is, give None so many references that it can never run out (before Python 3.12, whose
    None is immortal, a reference count is a plain number at the start of the object). True if it was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or not _void_calls_lose_none():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    return True


NONE_KEPT_ALIVE = keep_none_alive()


class NoneGuard:
    """Where the calls inside take references from None and keep_none_alive() could not help, give them back."""

    active = _void_calls_lose_none() if not NONE_KEPT_ALIVE else False

    def __enter__(self):
        self.before = sys.getrefcount(None)
        return self

    def __exit__(self, *exc) -> None:
        if self.active:
            lost = self.before - sys.getrefcount(None)
            incref, none = ctypes.pythonapi.Py_IncRef, ctypes.py_object(None)
            for _ in range(max(lost, 0) + 16):  # a few more: other threads' calls meanwhile
                incref(none)


def mercator_y(latitude: float) -> float:
    lat = max(-MAX_LAT, min(MAX_LAT, latitude))
    return -math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def latitude_of(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(math.radians(-y))) - math.pi / 2)


def to_scene(latitude: float, longitude: float) -> QPointF:
    return QPointF(longitude, mercator_y(latitude))


def legend_rows() -> list[tuple[str, str]]:
    return [("critical", tr("Critical problem open")), ("high", tr("Serious problem open")),
            ("medium", tr("Problem open")), ("low", tr("Minor problem open")),
            ("none_open", tr("All problems fixed or closed")), ("no_issues", tr("No problems recorded"))]


@dataclass
class Basemap:
    """Boundaries as painter paths in scene coordinates (built on a worker: paths are not widgets)."""

    countries: list[QPainterPath] = field(default_factory=list)
    provinces: list[QPainterPath] = field(default_factory=list)
    country_labels: list[tuple[str, QPointF]] = field(default_factory=list)


def _path(rings) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in rings:
        path.addPolygon(QPolygonF([QPointF(lon, mercator_y(lat)) for lon, lat in ring]))
        path.closeSubpath()
    return path


_PATHS: dict[tuple[str, bool], QPainterPath] = {}  # (country, coarse): made once, kept
NEAR_DEGREES = 15.0  # countries this close to the area get every point; the rest of the world every sixth


@cache
def _countries() -> dict[str, tuple[list, tuple[float, float, float, float]]]:
    from ..maps.basemap import country_rings

    by_country: dict[str, list] = {}
    for name, ring in country_rings():
        by_country.setdefault(name, []).append(ring)
    out = {}
    for name, rings in by_country.items():
        xs = [x for ring in rings for x, _y in ring]
        ys = [y for ring in rings for _x, y in ring]
        out[name] = (rings, (min(xs), min(ys), max(xs), max(ys)))
    return out


def build_basemap(boxes: list[tuple[float, float, float, float]] | None = None) -> Basemap:
    """Every country (in full near the boxes (west, south, east, north), simplified further away: seen from far
    it looks the same, and the map opens in half the time), the provinces reaching into the boxes, and the names
    of their countries."""
    with NoneGuard():
        return _build_basemap(boxes or [])


def _build_basemap(boxes) -> Basemap:
    from ..maps.basemap import admin1_in, country_label_points, country_name

    countries = []
    for name, (rings, (west, south, east, north)) in _countries().items():
        coarse = bool(boxes) and not any(
            east >= w - NEAR_DEGREES and west <= e + NEAR_DEGREES and north >= s - NEAR_DEGREES
            and south <= n + NEAR_DEGREES for w, s, e, n in boxes)
        path = _PATHS.get((name, coarse))
        if path is None:
            kept = [ring[::6] for ring in rings if len(ring) >= 24] if coarse else rings
            path = _PATHS[(name, coarse)] = _path(kept or rings)
        countries.append(path)
    regions = admin1_in(boxes)
    provinces = [_path([[tuple(p) for p in ring] for ring in region["r"]]) for region in regions]
    middles = country_label_points()
    labels = [(country_name(code), to_scene(*middles[code])) for code in sorted({r["c"] for r in regions})
              if code in middles]
    return Basemap(countries, provinces, labels)


@dataclass(frozen=True)
class Frame:
    """How scene coordinates become pixels of a screen or a page: pixel = (scene - origin) * scale."""

    origin: QPointF
    scale: float
    size: QSizeF

    def pixel(self, point: QPointF) -> QPointF:
        return QPointF((point.x() - self.origin.x()) * self.scale, (point.y() - self.origin.y()) * self.scale)

    def scene(self, pixel: QPointF) -> QPointF:
        return QPointF(pixel.x() / self.scale + self.origin.x(), pixel.y() / self.scale + self.origin.y())

    def metres_per_pixel(self) -> float:
        middle = self.scene(QPointF(self.size.width() / 2, self.size.height() / 2))
        return 111_320 * math.cos(math.radians(latitude_of(middle.y()))) / self.scale


@dataclass
class Cluster:
    x: float  # scene coordinates, as plain numbers: thousands are placed each frame
    y: float
    points: list[ProjectPoint]
    key: str  # the worst problem inside

    @property
    def centre(self) -> QPointF:
        return QPointF(self.x, self.y)


def placed(points: list[ProjectPoint]) -> list[tuple[float, float, ProjectPoint]]:
    """Each project with its scene position, worked out once."""
    return [(p.longitude, mercator_y(p.latitude), p) for p in points]


def clusters(points: list[tuple[float, float, ProjectPoint]], scale: float) -> list[Cluster]:
    """Projects (as `placed` gives them) grouped on a grid fixed to the scene, so groups stay put while the map
    is dragged; a group takes the middle of its projects and the worst problem among them."""
    cell = CLUSTER_CELL / scale
    groups: dict[tuple[int, int], list] = {}
    for entry in points:
        groups.setdefault((math.floor(entry[0] / cell), math.floor(entry[1] / cell)), []).append(entry)
    out = []
    rank = RANK.__getitem__
    for members in groups.values():
        x = sum(m[0] for m in members) / len(members)
        y = sum(m[1] for m in members) / len(members)
        projects = [m[2] for m in members]
        out.append(Cluster(x, y, projects, max((p.key for p in projects), key=rank)))
    return out


class MapView(QGraphicsView):
    """Pan by dragging or with the arrow keys, zoom with the wheel or + and -. A click on a project says which
    (`project_chosen`); a click on a group zooms into it; a click elsewhere gives the point (`point_picked`)."""

    project_chosen = Signal(str)
    point_picked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None, *, picking: bool = False):
        super().__init__(parent)
        self.picking = picking  # the picker: every click picks a point, markers only show where others are
        self.setScene(QGraphicsScene(self))
        self.scene().setSceneRect(QRectF(-540, -100, 1080, 200))  # room to drag past the 180th meridian
        self.setBackgroundBrush(QBrush(SEA))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.points: list[ProjectPoint] = []
        self._placed: list[tuple[float, float, ProjectPoint]] = []
        self.towns: list = []  # clubapp.store.places.Town, the most populous first
        self.country_labels: list[tuple[str, QPointF]] = []
        self.basemap = Basemap()
        self.pin: tuple[float, float] | None = None
        self.chosen_id: str | None = None
        self.heading = ""
        self.club_place: tuple[str, float, float] | None = None  # the school, drawn as a small square
        self._clusters: tuple[float, list[Cluster]] | None = None
        self._pressed: QPoint | None = None
        self.setMinimumSize(320, 240)

    # -- content ----------------------------------------------------------------------------------------------
    def set_basemap(self, basemap: Basemap) -> None:
        with NoneGuard():
            self._set_basemap(basemap)

    def _set_basemap(self, basemap: Basemap) -> None:
        self.scene().clear()
        self.basemap = basemap
        land = QPen(BORDER, 1.0)
        land.setCosmetic(True)
        for path in basemap.countries:
            item = QGraphicsPathItem(path)
            item.setPen(land)
            item.setBrush(QBrush(LAND))
            self.scene().addItem(item)
        dashed = QPen(PROVINCE, 0.8, Qt.PenStyle.DashLine)
        dashed.setCosmetic(True)
        for path in basemap.provinces:
            item = QGraphicsPathItem(path)
            item.setPen(dashed)
            self.scene().addItem(item)
        self.country_labels = basemap.country_labels
        self.viewport().update()

    def set_projects(self, points: list[ProjectPoint]) -> None:
        self.points = list(points)
        self._placed = placed(self.points)
        self._clusters = None
        self.viewport().update()

    def set_towns(self, towns: list) -> None:
        self.towns = sorted(towns, key=lambda t: -t.population)
        self.viewport().update()

    def set_pin(self, latitude: float | None, longitude: float | None) -> None:
        self.pin = None if latitude is None or longitude is None else (latitude, longitude)
        self.viewport().update()

    def show_area(self, west: float, south: float, east: float, north: float) -> None:
        """Fit the box in the window (with a margin)."""
        top_left, bottom_right = to_scene(north, west), to_scene(south, east)
        box = QRectF(top_left, bottom_right).normalized()
        size = self.viewport().size()
        width, height = max(box.width(), 1e-4), max(box.height(), 1e-4)
        scale = min(max(size.width() - 60, 100) / width, max(size.height() - 60, 100) / height)
        self._set_scale(scale)
        self.centerOn(box.center())

    def show_around(self, latitude: float, longitude: float, km: float = 30.0) -> None:
        span = km / 111.0
        reach = span / max(math.cos(math.radians(latitude)), 0.2)
        self.show_area(longitude - reach, latitude - span, longitude + reach, latitude + span)

    def show_points(self, points: list[ProjectPoint], fallback: tuple[float, float, float, float]) -> None:
        if not points:
            self.show_area(*fallback)
            return
        lats, lons = [p.latitude for p in points], [p.longitude for p in points]
        pad = 0.12  # a few kilometres around: the towns nearby are the reader's landmarks
        self.show_area(min(lons) - pad, min(lats) - pad, max(lons) + pad, max(lats) + pad)

    # -- where things are -------------------------------------------------------------------------------------
    def frame(self) -> Frame:
        return Frame(self.mapToScene(QPoint(0, 0)), self.transform().m11(), QSizeF(self.viewport().size()))

    def screen_position(self, latitude: float, longitude: float) -> QPoint:
        """Where a place is in the window (viewport pixels): tests click there."""
        return self.frame().pixel(to_scene(latitude, longitude)).toPoint()

    def geo_at(self, pixel: QPoint) -> tuple[float, float]:
        point = self.frame().scene(QPointF(pixel))
        longitude = (point.x() + 180) % 360 - 180
        return latitude_of(point.y()), longitude

    def visible_box(self) -> tuple[float, float, float, float]:
        frame = self.frame()
        top_left = frame.scene(QPointF(0, 0))
        bottom_right = frame.scene(QPointF(frame.size.width(), frame.size.height()))
        return top_left.x(), latitude_of(bottom_right.y()), bottom_right.x(), latitude_of(top_left.y())

    def current_clusters(self) -> list[Cluster]:
        scale = self.transform().m11()
        if self._clusters is None or self._clusters[0] != scale:
            self._clusters = (scale, clusters(self._placed, scale))
        return self._clusters[1]

    def cluster_at(self, pixel: QPointF) -> Cluster | None:
        frame, best = self.frame(), None
        for cluster in self.current_clusters():
            centre = frame.pixel(cluster.centre)
            radius = _radius(len(cluster.points)) + 3
            distance = math.hypot(centre.x() - pixel.x(), centre.y() - pixel.y())
            if distance <= radius and (best is None or distance < best[0]):
                best = (distance, cluster)
        return best[1] if best else None

    # -- zoom and pan -----------------------------------------------------------------------------------------
    def _set_scale(self, scale: float) -> None:
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        self.setTransform(QTransform.fromScale(scale, scale))

    def zoom(self, factor: float, anchor: QPoint | None = None) -> None:
        anchor = anchor if anchor is not None else self.viewport().rect().center()
        before = self.mapToScene(anchor)
        self._set_scale(self.transform().m11() * factor)
        after = self.mapToScene(anchor)
        centre = self.mapToScene(self.viewport().rect().center())
        self.centerOn(centre + (before - after))
        self.viewport().update()

    def pan(self, dx: float, dy: float) -> None:
        """Move the view by a share of its size (0.2 = a fifth)."""
        size = self.viewport().size()
        centre = self.mapToScene(self.viewport().rect().center())
        scale = self.transform().m11()
        self.centerOn(centre + QPointF(dx * size.width() / scale, dy * size.height() / scale))
        self.viewport().update()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25 ** steps, event.position().toPoint())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.5)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / 1.5)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            dx = {Qt.Key.Key_Left: -0.2, Qt.Key.Key_Right: 0.2}.get(key, 0.0)
            dy = {Qt.Key.Key_Up: -0.2, Qt.Key.Key_Down: 0.2}.get(key, 0.0)
            self.pan(dx, dy)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.picking:
            latitude, longitude = self.geo_at(self.viewport().rect().center())
            self.set_pin(latitude, longitude)
            self.point_picked.emit(latitude, longitude)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, None
        here = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton or pressed is None or \
                (here - pressed).manhattanLength() > 4:
            return  # a drag, not a click
        self._clicked(QPointF(here))

    def _clicked(self, pixel: QPointF) -> None:
        cluster = None if self.picking else self.cluster_at(pixel)
        if cluster is None:
            latitude, longitude = self.geo_at(pixel.toPoint())
            if self.picking:
                self.set_pin(latitude, longitude)
            self.point_picked.emit(latitude, longitude)
        elif len(cluster.points) == 1 or self.transform().m11() >= MAX_SCALE / 2:
            self.chosen_id = cluster.points[0].id
            self.viewport().update()
            self.project_chosen.emit(cluster.points[0].id)
        else:  # a group: come closer until it comes apart
            self.centerOn(cluster.centre)
            self.zoom(2.5)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            cluster = self.cluster_at(event.position())
            if cluster is None:
                QToolTip.hideText()
            else:
                names = [p.title for p in cluster.points[:8]] + (["…"] if len(cluster.points) > 8 else [])
                QToolTip.showText(event.globalPosition().toPoint(), "\n".join(names), self)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - dragged: the overlay moves too
        super().scrollContentsBy(dx, dy)
        self.viewport().update()

    # -- painting ---------------------------------------------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        with NoneGuard():
            painter.save()
            painter.resetTransform()
            paint_overlay(painter, self, self.frame(), unit=1.0,
                          rtl=self.layoutDirection() == Qt.LayoutDirection.RightToLeft, with_title=False)
            painter.restore()

    def render_page(self, painter: QPainter, page: QRectF) -> None:
        """The map as seen, enlarged to fill the page (its middle stays the middle), with the title, legend and
        scale bar at the page's size: what printing and Save as PDF draw."""
        with NoneGuard():
            self._render_page(painter, page)

    def _render_page(self, painter: QPainter, page: QRectF) -> None:
        device = painter.device()
        unit = max(device.logicalDpiX() / 96.0, 1.0)
        view = self.frame()
        # the page shows at least what the window shows: the scale that fits the window's area onto the page
        scale = min(page.width() / view.size.width(), page.height() / view.size.height()) * view.scale
        middle = view.scene(QPointF(view.size.width() / 2, view.size.height() / 2))
        origin = QPointF(middle.x() - page.width() / 2 / scale, middle.y() - page.height() / 2 / scale)
        frame = Frame(origin, scale, page.size())
        painter.save()
        painter.translate(page.topLeft())
        painter.setClipRect(QRectF(QPointF(0, 0), page.size()))
        painter.fillRect(QRectF(QPointF(0, 0), page.size()), SEA)
        painter.save()
        painter.setTransform(QTransform.fromTranslate(-origin.x(), -origin.y()) * QTransform.fromScale(scale, scale)
                             * painter.transform())
        land = QPen(BORDER, 1.0 * unit)
        land.setCosmetic(True)
        painter.setPen(land)
        painter.setBrush(QBrush(LAND))
        for path in self.basemap.countries:
            painter.drawPath(path)
        dashed = QPen(PROVINCE, 0.8 * unit, Qt.PenStyle.DashLine)
        dashed.setCosmetic(True)
        painter.setPen(dashed)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path in self.basemap.provinces:
            painter.drawPath(path)
        painter.restore()
        paint_overlay(painter, self, frame, unit=unit,
                      rtl=self.layoutDirection() == Qt.LayoutDirection.RightToLeft, with_title=True)
        painter.restore()

    def print_to(self, printer) -> None:
        painter = QPainter(printer)
        try:
            self.render_page(painter, QRectF(printer.pageLayout().paintRectPixels(printer.resolution())
                                             .translated(-printer.pageLayout().paintRectPixels(
                                                 printer.resolution()).topLeft())))
        finally:
            painter.end()

    def save_pdf(self, path: str) -> None:
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        writer = QPdfWriter(path)
        writer.setResolution(150)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                         QMarginsF(8, 8, 8, 8)))
        writer.setTitle(self.heading or tr("Map of the projects"))
        self.print_to(writer)

    def grab_image(self) -> QImage:
        return self.grab().toImage()


_SPRITES: dict[tuple, QPixmap] = {}


def _sprite(key: str, count: int, chosen: bool) -> QPixmap:
    """A dot (one project) or a group's disc with its halo, drawn once per colour and size."""
    radius = _radius(count)
    cache_key = (key, radius, chosen, count == 1)
    sprite = _SPRITES.get(cache_key)
    if sprite is None:
        side = int(2 * (radius + 6)) + 2
        sprite = QPixmap(side, side)
        sprite.fill(Qt.GlobalColor.transparent)
        painter = QPainter(sprite)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        at, colour = QPointF(side / 2, side / 2), QColor(COLOURS[key])
        if count == 1:
            painter.setPen(QPen(INK if chosen else QColor("#ffffff"), 3 if chosen else 1.5))
        else:
            halo = QColor(colour)
            halo.setAlpha(90)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(halo))
            painter.drawEllipse(at, radius + 4, radius + 4)
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(at, radius, radius)
        painter.end()
        _SPRITES[cache_key] = sprite
    return sprite


def _radius(count: int) -> float:
    return 8.0 if count == 1 else min(11.0 + 3.0 * math.log10(count) * 2, 22.0)


def _text_width(metrics: QFontMetricsF, text: str) -> float:
    return metrics.horizontalAdvance(text)


def paint_overlay(painter: QPainter, view: MapView, frame: Frame, *, unit: float, rtl: bool,  # noqa: C901
                  with_title: bool) -> None:
    """Everything drawn in pixels over the boundaries: country and town names, the school, projects and groups,
    the pin, the legend, the scale bar (and on paper the title). Over the complexity bound: one painter pass in
    drawing order, sharing the list of label boxes already taken, reads best in one place."""
    width, height = frame.size.width(), frame.size.height()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    taken: list[QRectF] = []
    base = QFont(painter.font())

    dots: list[QRectF] = []  # where the projects are: small towns' names keep off them, big towns' do not

    def label(text: str, at: QPointF, font: QFont, colour: QColor, *, dot: bool, over_dots: bool = False) -> bool:
        metrics = QFontMetricsF(font)
        w, h = _text_width(metrics, text), metrics.height()
        boxes = ([QRectF(at.x() + 5 * unit, at.y() - h / 2, w, h), QRectF(at.x() - 5 * unit - w, at.y() - h / 2, w, h)]
                 if dot else [QRectF(at.x() - w / 2, at.y() - h / 2, w, h)])  # a town's name right of it, or left
        for box in boxes:
            if box.left() < 0 or box.right() > width or box.top() < 0 or box.bottom() > height:
                continue  # whole names only
            grown = box.adjusted(-3 * unit, -1 * unit, 3 * unit, 1 * unit)
            if not any(grown.intersects(other) for other in taken) and \
                    (over_dots or not any(grown.intersects(other) for other in dots)):
                break
        else:
            return False
        taken.append(grown)
        painter.setFont(font)
        if dot:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(INK))
            painter.drawEllipse(at, 2.2 * unit, 2.2 * unit)
        baseline = QPointF(box.left(), box.top() + metrics.ascent())
        painter.setPen(HALO)  # a white edge under the letters, so names stay readable over borders and dots
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            painter.drawText(baseline + QPointF(dx * unit, dy * unit), text)
        painter.setPen(colour)
        painter.drawText(baseline, text)
        return True

    # reserve the corners for the legend and the scale bar, so names do not run under them
    legend_box, scale_box = _legend_rect(painter, base, unit, width, height, rtl), _scale_rect(unit, width, height,
                                                                                                 rtl)
    taken += [legend_box, scale_box]
    if with_title:
        taken.append(QRectF(0, 0, width, 52 * unit))

    # projects: a dot each, or a group coloured by the worst problem inside, with how many
    count_font = QFont(base)
    count_font.setPixelSize(round(11 * unit))
    count_font.setBold(True)
    groups = clusters(view._placed, frame.scale) if unit != 1.0 else view.current_clusters()
    ox, oy, scale = frame.origin.x(), frame.origin.y(), frame.scale
    reach = 30 * unit
    seen = [c for c in groups if -reach < (c.x - ox) * scale < width + reach and -reach < (c.y - oy) * scale < height + reach]
    seen.sort(key=lambda c: RANK[c.key])  # the worst on top
    for cluster in seen if len(seen) <= 300 else ():  # names go round the dots (when there are not thousands)
        r = _radius(len(cluster.points)) * unit + 2 * unit
        x, y = (cluster.x - ox) * scale, (cluster.y - oy) * scale
        dots.append(QRectF(x - r, y - r, 2 * r, 2 * r))

    # country names when far out, town names as they fit (the most populous first)
    if frame.scale < 60:
        country_font = QFont(base)
        country_font.setPixelSize(round(13 * unit))
        country_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        for name, point in view.country_labels:
            label(name.upper(), frame.pixel(point), country_font, QColor("#7a7a7a"), dot=False)
    if frame.scale >= 25:
        town_font = QFont(base)
        town_font.setPixelSize(round(12 * unit))
        big_font = QFont(town_font)
        big_font.setBold(True)
        west = frame.origin.x()
        east = west + width / frame.scale
        north_y, south_y = frame.origin.y(), frame.origin.y() + height / frame.scale
        shown = tried = 0
        for town in view.towns:
            if not (west <= town.longitude <= east):
                continue
            y = mercator_y(town.latitude)
            if not (north_y <= y <= south_y):
                continue
            tried += 1
            if label(town.name, frame.pixel(QPointF(town.longitude, y)),
                     big_font if town.population >= 100_000 else town_font, INK, dot=True,
                     over_dots=town.population >= 50_000):
                shown += 1
            if shown >= 80 or tried >= 2000:
                break

    # the school, then the projects over everything
    if view.club_place is not None:
        name, latitude, longitude = view.club_place
        at = frame.pixel(to_scene(latitude, longitude))
        painter.setPen(QPen(QColor("#ffffff"), 1.5 * unit))
        painter.setBrush(QBrush(INK))
        painter.drawRect(QRectF(at.x() - 5 * unit, at.y() - 5 * unit, 10 * unit, 10 * unit))

    count_font = QFont(base)
    count_font.setPixelSize(round(11 * unit))
    count_font.setBold(True)
    for cluster in seen:
        at = QPointF((cluster.x - ox) * scale, (cluster.y - oy) * scale)
        radius = _radius(len(cluster.points)) * unit
        colour = QColor(COLOURS[cluster.key])
        if unit == 1.0:  # on screen: the same few pictures stamped (thousands of dots stay fast)
            chosen = len(cluster.points) == 1 and cluster.points[0].id == view.chosen_id
            sprite = _sprite(cluster.key, len(cluster.points), chosen)
            painter.drawPixmap(round(at.x() - sprite.width() / 2), round(at.y() - sprite.height() / 2), sprite)
            if len(cluster.points) > 1:
                painter.setFont(count_font)
                painter.setPen(QColor("#ffffff") if cluster.key != "medium" else INK)
                painter.drawText(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius),
                                 Qt.AlignmentFlag.AlignCenter, str(len(cluster.points)))
            continue
        if len(cluster.points) == 1:
            chosen = cluster.points[0].id == view.chosen_id
            painter.setPen(QPen(INK if chosen else QColor("#ffffff"), (3 if chosen else 1.5) * unit))
            painter.setBrush(QBrush(colour))
            painter.drawEllipse(at, radius, radius)
        else:
            halo = QColor(colour)
            halo.setAlpha(90)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(halo))
            painter.drawEllipse(at, radius + 4 * unit, radius + 4 * unit)
            painter.setPen(QPen(QColor("#ffffff"), 1.5 * unit))
            painter.setBrush(QBrush(colour))
            painter.drawEllipse(at, radius, radius)
            painter.setFont(count_font)
            painter.setPen(QColor("#ffffff") if cluster.key != "medium" else INK)
            painter.drawText(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius),
                             Qt.AlignmentFlag.AlignCenter, str(len(cluster.points)))

    # the picked point: a pin
    if view.pin is not None:
        at = frame.pixel(to_scene(*view.pin))
        painter.setPen(QPen(QColor("#ffffff"), 2 * unit))
        painter.setBrush(QBrush(QColor("#6a1b9a")))
        pin = QPainterPath()
        pin.moveTo(at)
        pin.lineTo(at + QPointF(-7 * unit, -14 * unit))
        pin.arcTo(QRectF(at.x() - 9 * unit, at.y() - 30 * unit, 18 * unit, 18 * unit), 210, -240)
        pin.closeSubpath()
        painter.drawPath(pin)
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawEllipse(at + QPointF(0, -21 * unit), 3.5 * unit, 3.5 * unit)

    _paint_legend(painter, base, unit, legend_box, rtl, picking=view.picking)
    _paint_scale(painter, base, unit, frame, scale_box, rtl)
    if with_title and view.heading:
        title_font = QFont(base)
        title_font.setPixelSize(round(18 * unit))
        title_font.setBold(True)
        painter.setFont(title_font)
        box = QRectF(12 * unit, 8 * unit, width - 24 * unit, 40 * unit)
        painter.fillRect(box.adjusted(-6 * unit, -2 * unit, 6 * unit, 2 * unit), QColor(255, 255, 255, 230))
        painter.setPen(INK)
        align = Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        painter.drawText(box, align, view.heading)


def _legend_font(base: QFont, unit: float) -> QFont:
    font = QFont(base)
    font.setPixelSize(round(12 * unit))
    return font


def _legend_rect(painter: QPainter, base: QFont, unit: float, width: float, height: float, rtl: bool) -> QRectF:
    metrics = QFontMetricsF(_legend_font(base, unit))
    rows = legend_rows()
    text_width = max(metrics.horizontalAdvance(words) for _key, words in rows + [("", tr("Worst open problem"))])
    w = text_width + 36 * unit
    h = (len(rows) + 1) * metrics.height() * 1.25 + 12 * unit
    x = 10 * unit if rtl else width - w - 10 * unit
    return QRectF(x, height - h - 10 * unit, w, h)


def _paint_legend(painter: QPainter, base: QFont, unit: float, box: QRectF, rtl: bool, *, picking: bool) -> None:
    font = _legend_font(base, unit)
    metrics = QFontMetricsF(font)
    painter.setPen(QPen(QColor("#c0c6cc"), 1 * unit))
    painter.setBrush(QBrush(QColor(255, 255, 255, 235)))
    painter.drawRoundedRect(box, 4 * unit, 4 * unit)
    line = metrics.height() * 1.25
    y = box.top() + 6 * unit
    bold = QFont(font)
    bold.setBold(True)
    inner = box.adjusted(8 * unit, 0, -8 * unit, 0)
    align = Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    painter.setFont(bold)
    painter.setPen(INK)
    painter.drawText(QRectF(inner.left(), y, inner.width(), line), align, tr("Worst open problem"))
    y += line
    painter.setFont(font)
    for key, words in legend_rows():
        dot_x = inner.right() - 6 * unit if rtl else inner.left() + 6 * unit
        painter.setPen(QPen(QColor("#ffffff"), 1 * unit))
        painter.setBrush(QBrush(QColor(COLOURS[key])))
        painter.drawEllipse(QPointF(dot_x, y + line / 2), 6 * unit, 6 * unit)
        painter.setPen(INK)
        text_box = QRectF(inner.left(), y, inner.width() - 18 * unit, line) if rtl else \
            QRectF(inner.left() + 18 * unit, y, inner.width() - 18 * unit, line)
        painter.drawText(text_box, align, words)
        y += line


def _scale_rect(unit: float, width: float, height: float, rtl: bool) -> QRectF:
    w, h = 150 * unit, 30 * unit
    x = width - w - 10 * unit if rtl else 10 * unit
    return QRectF(x, height - h - 10 * unit, w, h)


def nice_length(metres: float) -> float:
    """The largest 1, 2 or 5 times a power of ten not above `metres`."""
    if metres <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(metres))
    return max(step * power for step in (1, 2, 5) if step * power <= metres)


def scale_words(metres: float) -> str:
    if metres >= 1000:
        return tr("{count} km").format(count=format_number(round(metres / 1000)))
    return tr("{count} m").format(count=format_number(round(metres)))


def _paint_scale(painter: QPainter, base: QFont, unit: float, frame: Frame, box: QRectF, rtl: bool) -> None:
    per_pixel = frame.metres_per_pixel()
    length = nice_length(per_pixel * (box.width() - 16 * unit))
    pixels = length / per_pixel
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(255, 255, 255, 220)))
    painter.drawRoundedRect(box, 3 * unit, 3 * unit)
    left = box.right() - 8 * unit - pixels if rtl else box.left() + 8 * unit
    y = box.bottom() - 8 * unit
    painter.setPen(QPen(INK, 2 * unit))
    painter.drawLine(QPointF(left, y), QPointF(left + pixels, y))
    painter.drawLine(QPointF(left, y - 6 * unit), QPointF(left, y))
    painter.drawLine(QPointF(left + pixels, y - 6 * unit), QPointF(left + pixels, y))
    font = QFont(base)
    font.setPixelSize(round(11 * unit))
    painter.setFont(font)
    painter.drawText(QRectF(left, box.top() + 2 * unit, max(pixels, 60 * unit), 14 * unit),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, scale_words(length))
