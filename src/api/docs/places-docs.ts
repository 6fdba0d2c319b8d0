/** Descriptions and examples of boundaries, notes and error bodies (docs/openapi.json). */
import { boundariesSchema, boundaryFeatureSchema, noteSchema, notesSchema, problemSchema, requestSchema } from '../contract';
import { objectDoc, typeDoc, unwrap, type ComponentDoc } from './component-docs';

const properties = boundaryFeatureSchema.shape.properties;
const label = unwrap(properties.shape.label);
const [polygonGeometry, multiPolygonGeometry] = boundaryFeatureSchema.shape.geometry.def.options;
const at: [number, number] = [105.83687, 22.13481];
const ring: [number, number][] = [[105.79177, 22.09638], [105.81933, 22.08363], [105.8512, 22.09697], [105.79177, 22.09638]];
const feature = { type: 'Feature' as const, properties: { code: '058', name: 'Thành phố Bắc Kạn', label: { at, radiusKm: 4.298 } }, geometry: { type: 'Polygon' as const, coordinates: [ring] } };
const request = { to: 'Hội LHPN thành phố Bắc Kạn', text: 'Khẩn trương rà soát, đề xuất chỉ tiêu thực hiện hằng năm của Dự án 8 trên địa bàn thành phố.', deadline: '2023-06-15', done: false };
const inspection = { body: 'Ban Dân vận Tỉnh ủy Bắc Kạn', head: 'Trần Trung Kiên, Phó Trưởng Ban Dân vận Tỉnh ủy', members: ['Thành viên đoàn (minh họa)'], unitsInspected: ['058', '01846', '01846.14'] };
const activity = { unit: '01846.14', area: 'ND1', text: 'Tổ dân phố duy trì sinh hoạt câu lạc bộ "Thủ lĩnh của sự thay đổi" hằng tháng (minh họa).' };
const note = {
  id: '058-2023-05-15-ket-luan',
  unit: '058',
  unitName: 'Thành phố Bắc Kạn',
  type: 'conclusion' as const,
  date: '2023-05-15',
  periodFrom: '2022-01',
  periodTo: '2023-05',
  author: 'Ban Dân vận Tỉnh ủy Bắc Kạn',
  title: 'Thông báo kết luận của Đoàn kiểm tra về việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn',
  body: 'Ngày 11/5/2023, Đoàn kiểm tra của Ban Dân vận Tỉnh ủy đã kiểm tra việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn…',
  documentNumber: '25-TB/BDVTU',
  inspection: undefined,
  requests: [request],
};

export const placesDocs: ComponentDoc[] = [
  objectDoc(
    boundariesSchema,
    'Boundaries',
    'The outline of a unit and the shapes of its children, for the map. GeoJSON features; coordinates are [longitude, latitude] in degrees, WGS 84 (EPSG:4326).',
    [{ unit: '06', schematic: true, source: 'schematic', outline: null, features: [feature] }],
    {
      unit: 'Code of the unit whose children these are.',
      schematic: 'true when the shapes are schematic (generated from unit centres), not official boundaries: clients must say so.',
      source: 'Where the shapes come from ("schematic", or the official source a province supplied).',
      outline: "The unit's own outline; null when it has none.",
      features: 'One shape per child unit that has one (a child may have none).',
    },
  ),
  objectDoc(boundaryFeatureSchema, 'BoundaryFeature', 'A GeoJSON Feature: the shape of one unit.', [feature], {
    type: 'Always "Feature".',
    properties: 'Which unit the shape is, and where its label goes.',
    geometry: 'A GeoJSON Polygon or MultiPolygon; rings are closed ([lon, lat] positions, WGS 84).',
  }),
  objectDoc(properties, 'BoundaryProperties', 'The unit a shape belongs to.', [feature.properties], {
    code: 'Code of the unit (`UnitRef.code`).',
    name: 'Name of the unit.',
    label: 'Where a name label fits best, when known.',
  }),
  objectDoc(label, 'Label', 'A point well inside the shape for its label, and how much room there is around it.', [feature.properties.label], {
    at: 'The point, [longitude, latitude] in WGS 84.',
    radiusKm: 'Distance from the point to the nearest edge of the shape, in kilometres.',
  }),
  typeDoc(label.shape.at, 'Position', 'A point as [longitude, latitude] in degrees, WGS 84 (GeoJSON order: longitude first, −180…180; latitude −90…90).', [at]),
  objectDoc(polygonGeometry, 'PolygonGeometry', 'A GeoJSON Polygon: an outer ring, then any holes.', [feature.geometry], {
    type: 'Always "Polygon".',
    coordinates: 'Rings of positions; each ring is closed (its last position equals its first).',
  }),
  objectDoc(multiPolygonGeometry, 'MultiPolygonGeometry', 'A GeoJSON MultiPolygon: several polygons (a unit in separate parts).', [{ type: 'MultiPolygon', coordinates: [[ring]] }], {
    type: 'Always "MultiPolygon".',
    coordinates: 'Polygons, each a list of closed rings of positions.',
  }),
  objectDoc(
    notesSchema,
    'Notes',
    'What was said about a unit: difficulties it reported, inspections and their conclusions, for the unit and every unit below it, plus the inspections that visited them, oldest first.',
    [{ unit: '058', notes: [note] }],
    {
      unit: 'Code of the unit the notes are for.',
      notes: 'The notes, oldest first.',
    },
  ),
  objectDoc(noteSchema, 'Note', 'A difficulty reported by a unit, an inspection of it, or the conclusion of an inspection.', [note, { ...note, id: '058-2023-05-11-kiem-tra', type: 'inspection', date: '2023-05-11', documentNumber: undefined, inspection, requests: undefined }], {
    id: 'Stable identifier of the note.',
    unit: 'Code of the unit the note is about.',
    unitName: 'Name of that unit.',
    type: '`difficulty` (reported by the unit), `inspection` (a visit by an inspection team) or `conclusion` (the notice concluding an inspection).',
    date: 'Date of the note or document (YYYY-MM-DD).',
    periodFrom: 'First month of the period it covers (YYYY-MM).',
    periodTo: 'Last month of the period it covers (YYYY-MM), not before `periodFrom`.',
    author: 'The body that wrote it.',
    title: 'Title of the note or document.',
    body: 'Full text; paragraphs separated by blank lines.',
    documentNumber: 'Number of the official document, when it is one (25-TB/BDVTU).',
    inspection: 'Inspections only: the team and the units it visited.',
    requests: 'Conclusions only: what was asked of whom, by when, and whether it is done.',
    unitNames: 'Inspections and their conclusions: names of the units visited, by code.',
  }),
  objectDoc(unwrap(noteSchema.shape.inspection), 'Inspection', 'The team of an inspection and the units it visited.', [inspection], {
    body: 'The inspecting body.',
    head: 'Who led the team.',
    members: 'Members of the team.',
    unitsInspected: 'Codes of the units visited.',
    activities: 'Notable activities the team saw: the unit visited, the content area (ND1…) and a sentence.',
  }),
  objectDoc(unwrap(unwrap(noteSchema.shape.inspection).shape.activities)._zod.def.element, 'InspectionActivity', 'A notable activity an inspection team saw at a unit it visited.', [activity], {
    unit: 'Code of the unit where it was seen (one of `unitsInspected`).',
    area: 'Content area code (ND1…) from the catalogue.',
    text: 'What the team saw, in one sentence.',
  }),
  objectDoc(requestSchema, 'Request', 'A task a conclusion asks of a unit or body.', [request], {
    to: 'Who is asked.',
    text: 'What is asked.',
    deadline: 'By when (YYYY-MM-DD); null when no deadline was set.',
    done: 'true once it was done.',
  }),
  objectDoc(
    problemSchema,
    'Problem',
    'An error body (RFC 9457 problem details, `application/problem+json`). Clients rely on the HTTP status; the body says what went wrong for people. Servers may add members.',
    [{ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Không có tài liệu v1/units/99999.json (no such document)', instance: '/api/v1/units/99999.json' }],
    {
      type: 'A URI naming the kind of problem; "about:blank" when the status says it all.',
      title: 'Short summary of the kind of problem.',
      status: 'The HTTP status code.',
      detail: 'What went wrong in this case, for people (Vietnamese first).',
      instance: 'The path that was asked for.',
    },
  ),
];
