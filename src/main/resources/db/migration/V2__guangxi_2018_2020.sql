-- The Guangxi 2018–2020 publicity task table (附件2 广西打好污染防治攻坚战宣传工作任务表), loaded in full:
-- the region and its 14 cities, the 14 rows, every obligation at both levels, the facility-opening phases and the
-- commemorative days. Obligation texts are the source's; where a cell lists numbered duties each gets its own code.
-- Choices where the source is silent are listed in docs/compliance-rules.md ("Reading the Guangxi table").

insert into unit (code, name, name_en, level, parent_id, path, sort_order)
values ('guangxi', '广西壮族自治区', 'Guangxi Zhuang Autonomous Region', 'REGION', null, '/guangxi/', 0);

insert into unit (code, name, name_en, level, parent_id, path, sort_order)
select v.code, v.name, v.name_en, 'CITY', r.id, '/guangxi/' || v.code || '/', v.sort_order
from (values ('nanning', '南宁市', 'Nanning', 1),
             ('liuzhou', '柳州市', 'Liuzhou', 2),
             ('guilin', '桂林市', 'Guilin', 3),
             ('wuzhou', '梧州市', 'Wuzhou', 4),
             ('beihai', '北海市', 'Beihai', 5),
             ('fangchenggang', '防城港市', 'Fangchenggang', 6),
             ('qinzhou', '钦州市', 'Qinzhou', 7),
             ('guigang', '贵港市', 'Guigang', 8),
             ('yulin', '玉林市', 'Yulin', 9),
             ('baise', '百色市', 'Baise', 10),
             ('hezhou', '贺州市', 'Hezhou', 11),
             ('hechi', '河池市', 'Hechi', 12),
             ('laibin', '来宾市', 'Laibin', 13),
             ('chongzuo', '崇左市', 'Chongzuo', 14)) as v(code, name, name_en, sort_order)
cross join unit r
where r.code = 'guangxi';

insert into coverage_category (code, name, name_en, sort_order)
values ('SCHOOL', '学校', 'Schools', 1),
       ('COMMUNITY', '社区', 'Communities', 2),
       ('ENTERPRISE', '企业', 'Enterprises', 3),
       ('VILLAGE', '农村', 'Villages', 4),
       ('MONITORING_FACILITY', '环境监测设施', 'Environmental monitoring facilities', 11),
       ('SEWAGE_FACILITY', '城市污水处理设施', 'Urban sewage treatment facilities', 12),
       ('WASTE_FACILITY', '垃圾处理设施', 'Waste treatment facilities', 13),
       ('HAZARDOUS_WASTE_FACILITY', '危险废物集中处置或废弃电器电子产品处理设施',
        'Hazardous-waste or e-waste disposal facilities', 14);

insert into campaign (code, name, name_en, root_unit_id, start_date, end_date, time_zone)
select 'guangxi-2018-2020', '广西打好污染防治攻坚战宣传工作（2018—2020年）',
       'Guangxi publicity of the pollution-prevention campaign (2018–2020)', id, date '2018-01-01', date '2020-12-31',
       'Asia/Shanghai'
from unit where code = 'guangxi';

insert into task_item (campaign_id, number, category, category_en, title, title_en)
select c.id, v.number, v.category, v.category_en, v.title, v.title_en
from (values
    (1, '新闻宣传', 'News and media', '新闻发布会', 'Press conferences'),
    (2, '新闻宣传', 'News and media', '曝光环境违法案件', 'Exposing environmental violations'),
    (3, '新闻宣传', 'News and media', '组织媒体采访', 'Media interviews'),
    (4, '新闻宣传', 'News and media', '密切关注舆情', 'Public opinion'),
    (5, '新媒体', 'New media', '用好政务新媒体', 'Government new media'),
    (6, '新媒体', 'New media', '用好新媒体矩阵', 'The new-media matrix'),
    (7, '新媒体', 'New media', '丰富新媒体产品', 'New-media products'),
    (8, '社会宣传', 'Public outreach', '挖掘基层典型', 'Grassroots models'),
    (9, '社会宣传', 'Public outreach', '打造生态文化精品', 'Eco-culture products'),
    (10, '社会宣传', 'Public outreach', '深入开展“美丽中国，我是行动者”主题实践活动',
         '"Beautiful China, I am an actor" activities'),
    (11, '社会宣传', 'Public outreach', '持续做好环保宣传活动', 'Commemorative days'),
    (12, '公众参与', 'Public participation', '落实环保设施向公众开放工作', 'Facilities open to the public'),
    (13, '公众参与', 'Public participation', '搭建与环保社会组织的沟通平台', 'Environmental NGOs'),
    (14, '党风廉政', 'Party conduct', '强化生态环保系统党风廉政建设宣传工作', 'Party-conduct publicity'))
    as v(number, category, category_en, title, title_en)
cross join campaign c
where c.code = 'guangxi-2018-2020';

-- One row per obligation: code, title, English title, source text, kind, frequency, minimum, maximum, yearly target,
-- deadline, event month, event day, coverage categories.
create temporary table seed_obligation (
    code text, title text, title_en text, text text, kind text, frequency text, min_count integer,
    max_count integer, yearly_target integer, deadline date, event_month smallint, event_day smallint,
    coverage text[]
) on commit drop;

insert into seed_obligation values
('1.R.1', '例行新闻发布会', 'Regular press conference',
 '主动设置议题，至少每两个月召开一次例行新闻发布会。',
 'COUNT_PER_PERIOD', 'TWO_MONTHS', 1, null, null, null, null, null, null),
('1.C.1', '例行新闻发布会', 'Regular press conference',
 '主动设置议题，至少每季度召开一次例行新闻发布会。',
 'COUNT_PER_PERIOD', 'QUARTER', 1, null, null, null, null, null, null),
('2.R.1', '官网和《广西日报》曝光专栏', 'Exposure column on the website and in Guangxi Daily',
 '在厅官网和《广西日报》开设专栏，每月至少曝光一批违法违规排污等突出问题，以及整改进展情况。',
 'COUNT_PER_PERIOD', 'MONTH', 1, null, null, null, null, null, null),
('2.R.2', '《广西新闻》曝光专栏节目', 'Weekly exposure programme on Guangxi News',
 '在《广西新闻》开设专栏，每周播出一期专栏节目，时长约3分钟。',
 'COUNT_PER_PERIOD', 'WEEK', 1, null, null, null, null, null, null),
('2.C.1', '开设“曝光台”栏目', 'Set up an "exposure platform" column',
 '在市级 “一报一台一网”媒体平台开设“曝光台”栏目。',
 'MILESTONE', null, null, null, null, date '2018-12-31', null, null, null),
('2.C.2', '每月曝光一批违法问题', 'Expose a batch of violations every month',
 '每月至少曝光一批违法违规排污等突出问题，以及整改进展情况。',
 'COUNT_PER_PERIOD', 'MONTH', 1, null, null, null, null, null, null),
('3.R.1', '大型主题采访', 'Large theme interview',
 '每年至少组织1次大型主题采访。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null),
('3.R.2', '伴随式采访', 'Accompanying interviews',
 '每年至少组织 6 次伴随式采访。',
 'COUNT_PER_YEAR', null, null, null, 6, null, null, null, null),
('3.C.1', '大型主题采访', 'Large theme interview',
 '每年至少组织1次大型主题采访。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null),
('3.C.2', '伴随式采访', 'Accompanying interviews',
 '每年至少组织 6 次伴随式采访。',
 'COUNT_PER_YEAR', null, null, null, 6, null, null, null, null),
('4.R.1', '舆情应对评估', 'Yearly evaluation of the cities'' response to public opinion',
 '制定好相关机制，每年要对各市环境保护局的舆情应对情况进行评估。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null),
('4.C.1', '舆情监控与回应', 'Monitor and answer public opinion',
 '制定好相关机制，安排专人负责环境舆情监控工作，对网民反映的问题，及时上报，及时回应处置。',
 'ASSESSMENT', 'YEAR', null, null, null, null, null, null, null),
('5.R.1', '政务微博微信每日更新', 'Weibo and WeChat updated daily',
 '运营好自治区环境保护厅政务微博、微信等新媒体平台、发布打好污染防治攻坚战的权威信息，每日更新并及时转发重大环境新闻信息。',
 'DAILY_ACTIVITY', 'MONTH', null, null, null, null, null, null, null),
('5.C.1', '微博微信每日更新', 'Weibo and WeChat updated daily',
 '做到微博、微信每日更新并及时转发重大环境新闻信息。',
 'DAILY_ACTIVITY', 'MONTH', null, null, null, null, null, null, null),
('5.C.2', '每月自主发布1—2条文章', '1–2 original campaign articles a month',
 '每月自主发布1—2条打好污染防治攻坚战相关内容的文章。',
 'RANGE_PER_PERIOD', 'MONTH', 1, 2, null, null, null, null, null),
('6.R.1', '落实新媒体矩阵管理办法', 'Follow the national new-media matrix rules',
 '严格落实《全国生态环境系统新媒体矩阵管理办法（试行)》，实现矩阵运行指令畅通、上下联动，重大信息传播同频共振、整体发声。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null),
('6.C.1', '及时转发、及时回应', 'Forward and answer promptly',
 '加强新媒体内容发布机制建设，对要求转发的必须及时转发，对应当回应的必须及时回应。',
 'DIRECTIVE', null, null, null, null, null, null, null, null),
('7.R.1', '推出新媒体产品', 'New-media products',
 '多采用生动简洁的短视频和“表情包”“一张图”等方式宣传打好污染防治攻坚战的内容，推出新媒体产品，多轮次转发、摘发、编发重点信息。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null),
('7.C.1', '新媒体产品与重点信息转发', 'New-media products and reposts',
 '多采用生动简洁的短视频和“表情包”“一张图”等方式宣传打好污染防治攻坚战的内容，多轮次转发、摘发、编发重点信息。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null),
('8.R.1', '“广西最美环保人”评选', '"Most beautiful environmentalist" selection',
 '每年组织开展 “广西最美环保人”宣传评选活动，把基层典型发掘好，宣传好。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null),
('8.C.1', '“广西最美环保人”宣传申报', 'Publicise and nominate for the selection',
 '结合本地实际开展“广西最美环保人”相关宣传、申报事宜，共同推动活动形成声势、扩大影响。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null),
('9.R.1', '生态文化宣传产品', 'Eco-culture publicity products',
 '每年至少推出10种形式多样的宣传产品。',
 'COUNT_PER_YEAR', null, null, null, 10, null, null, null, null),
('9.C.1', '生态文化宣传产品', 'Eco-culture publicity products',
 '每年至少推出3种宣传产品。',
 'COUNT_PER_YEAR', null, null, null, 3, null, null, null, null),
('10.R.1', '指导各市开展主题实践活动', 'Guide the cities'' activities',
 '指导各市深入开展“美丽中国，我是行动者”主题实践活动。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null),
('10.C.1', '主题实践活动进学校、社区、企业、农村', 'Activities in schools, communities, enterprises and villages',
 '组织开展“美丽中国，我是行动者”主题实践活动，深入学校、社区、企业、农村开展活动。',
 'COVERAGE', 'YEAR', null, null, null, null, null, null, array ['SCHOOL', 'COMMUNITY', 'ENTERPRISE', 'VILLAGE']),
('11.R.1', '六五环境日', 'June 5 Environment Day',
 '以六五环境日、生物多样性日、全国低碳日、全民国家安全教育日等纪念日为契机，开展社会宣传活动，提高公众环境意识，组织开展“美丽中国，我是行动者”主场宣传活动。',
 'DATED_EVENT', null, null, null, null, null, 6, 5, null),
('11.R.2', '国际生物多样性日', 'International Day for Biological Diversity',
 '以六五环境日、生物多样性日、全国低碳日、全民国家安全教育日等纪念日为契机，开展社会宣传活动，提高公众环境意识，组织开展“美丽中国，我是行动者”主场宣传活动。',
 'DATED_EVENT', null, null, null, null, null, 5, 22, null),
('11.R.3', '全国低碳日', 'National Low Carbon Day',
 '以六五环境日、生物多样性日、全国低碳日、全民国家安全教育日等纪念日为契机，开展社会宣传活动，提高公众环境意识，组织开展“美丽中国，我是行动者”主场宣传活动。',
 'DATED_EVENT', null, null, null, null, null, 6, 15, null),
('11.R.4', '全民国家安全教育日', 'National Security Education Day',
 '以六五环境日、生物多样性日、全国低碳日、全民国家安全教育日等纪念日为契机，开展社会宣传活动，提高公众环境意识，组织开展“美丽中国，我是行动者”主场宣传活动。',
 'DATED_EVENT', null, null, null, null, null, 4, 15, null),
('11.R.5', '“美丽中国，我是行动者”主场宣传活动', 'Main "Beautiful China" event',
 '组织开展“美丽中国，我是行动者”主场宣传活动。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null),
('11.C.1', '六五环境日', 'June 5 Environment Day',
 '以六五环境日、生物多样性日、全国低碳日、全民国家安全教育日等纪念日为契机，开展社会宣传活动，提高公众环境意识。',
 'DATED_EVENT', null, null, null, null, null, 6, 5, null),
('11.C.2', '国际生物多样性日', 'International Day for Biological Diversity',
 '以六五环境日、生物多样性日、全国低碳日、全民国家安全教育日等纪念日为契机，开展社会宣传活动，提高公众环境意识。',
 'DATED_EVENT', null, null, null, null, null, 5, 22, null),
('11.C.3', '全国低碳日', 'National Low Carbon Day',
 '以六五环境日、生物多样性日、全国低碳日、全民国家安全教育日等纪念日为契机，开展社会宣传活动，提高公众环境意识。',
 'DATED_EVENT', null, null, null, null, null, 6, 15, null),
('11.C.4', '全民国家安全教育日', 'National Security Education Day',
 '以六五环境日、生物多样性日、全国低碳日、全民国家安全教育日等纪念日为契机，开展社会宣传活动，提高公众环境意识。',
 'DATED_EVENT', null, null, null, null, null, 4, 15, null),
('12.R.1', '开放自治区环境监测中心站', 'Open the regional monitoring centre station',
 '自治区级开放广西壮族自治区环境监测中心站，按照每2个月至少开放一次的要求，接受公众参观。',
 'COUNT_PER_PERIOD', 'TWO_MONTHS', 1, null, null, null, null, null, null),
('12.R.2', '指导各市设施开放', 'Guide the cities'' facility opening',
 '同时指导各市做好环保设施向公众开放工作，推进共同参与。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null),
('12.C.1', '环保设施开放活动', 'Facility open days',
 '2.阶段目标：2018年10月起，南宁市、柳州市、桂林市、梧州市实现全面开放；2019年1月起，钦州市、北海市、防城港市、贵港市、玉林市、百色市实现全面开放；2020年1月起，全区14个市实现全面开放，接受公众参观。3.开放频次：各市择优选择符合开放条件或开放基础较好的设施单位进行开放，每2个月至少组织1次开放活动。',
 'COUNT_PER_PERIOD', 'TWO_MONTHS', 1, null, null, null, null, null, null),
('12.C.2', '四类设施开放', 'All four facility types open',
 '1.开放种类：面向公众开放环境监测设施、城市污水处理设施、垃圾处理设施、危险废物集中处置或废弃电器电子产品处理设施。',
 'COVERAGE', 'YEAR', null, null, null, null, null, null,
 array ['MONITORING_FACILITY', 'SEWAGE_FACILITY', 'WASTE_FACILITY', 'HAZARDOUS_WASTE_FACILITY']),
('13.R.1', '引导环保社会组织和高校社团', 'Guide NGOs and university clubs',
 '高度重视环保社会组织和高校环保社团工作，积极引导环保社会组织和高校环保社团参与环境保护。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null),
('13.C.1', '扶持1—3家社会组织及高校环保社团', 'Support 1–3 NGOs or university clubs',
 '有条件的市级环保部门应强化扶持1—3家基础较好、富有影响力的社会组织及高校环保社团，通过座谈交流、环保培训等方式，带动公众积极支持参与打好污染防治攻坚战。',
 'RANGE_PER_PERIOD', 'YEAR', 1, 3, null, null, null, null, null),
('14.R.1', '转发全面从严治党专题内容，打造“环保清风”', 'Repost party-discipline content, "环保清风" brand',
 '及时转发生态环境部政府网站和“生态环境部”微博、微信公众号发布的全面从严治党专题内容，打造“环保清风”宣传品牌。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null),
('14.R.2', '征文、摄影、漫画等活动及报道', 'Essay, photo and comic contests and their coverage',
 '围绕“家风故事”、“党员干部谈纪律规矩”等内容组织开展征文比赛、摄影比赛、漫画征集等形式多样的活动，及时报道“党风廉政教育月”、“一图一故事”等宣传活动情况，通过活动宣传增强党风廉政文化建设。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null),
('14.C.1', '转发全面从严治党专题内容，打造“环保清风”', 'Repost party-discipline content, "环保清风" brand',
 '及时转发生态环境部政府网站和“生态环境部”微博、微信公众号发布的全面从严治党专题内容，打造“环保清风”宣传品牌。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null),
('14.C.2', '党风廉政建设活动宣传', 'Party-conduct activities and their coverage',
 '结合本地实际开展加强党风廉政建设活动宣传, 及时报道“党风廉政教育月”、“一图一故事”等宣传活动情况。',
 'COUNT_PER_PERIOD', 'YEAR', 1, null, null, null, null, null, null);

insert into obligation (task_item_id, campaign_id, code, level, sequence, effective_from)
select t.id, c.id, s.code,
       case split_part(s.code, '.', 2) when 'R' then 'REGION' when 'C' then 'CITY' else 'COUNTY' end,
       split_part(s.code, '.', 3)::integer, c.start_date
from seed_obligation s
join campaign c on c.code = 'guangxi-2018-2020'
join task_item t on t.campaign_id = c.id and t.number = split_part(s.code, '.', 1)::integer;

-- Equal weights to start with, summing to exactly 100 per level (administrators set real ones later).
insert into obligation_version (obligation_id, valid_from, title, title_en, text, kind, frequency, min_count,
                                max_count, yearly_target, deadline, event_month, event_day, window_days_before,
                                window_days_after, coverage_categories, weight)
select o.id, o.effective_from, s.title, s.title_en, s.text, s.kind, s.frequency, s.min_count, s.max_count,
       s.yearly_target, s.deadline, s.event_month, s.event_day,
       case when s.kind = 'DATED_EVENT' then 7 end, case when s.kind = 'DATED_EVENT' then 7 end,
       coalesce(s.coverage, '{}'),
       (floor(10000.0 / count(*) over (partition by o.level))
            + case when row_number() over (partition by o.level order by o.id)
                        <= 10000 - count(*) over (partition by o.level)
                                   * floor(10000.0 / count(*) over (partition by o.level))
                   then 1 else 0 end) / 100.0
from seed_obligation s
join obligation o on o.code = s.code
join campaign c on c.id = o.campaign_id and c.code = 'guangxi-2018-2020';

-- National Low Carbon Day falls in the national energy-saving week, so its date moves every year; other years
-- fall back to the event month/day of the version (mid-June, with its window) until an administrator sets them.
insert into obligation_event_date (obligation_id, year, event_date)
select o.id, v.year, v.event_date
from obligation o
join campaign c on c.id = o.campaign_id and c.code = 'guangxi-2018-2020'
cross join (values (2018, date '2018-06-13'), (2019, date '2019-06-19'), (2020, date '2020-07-02'))
    as v(year, event_date)
where o.code in ('11.R.3', '11.C.3');

-- Row 12: the cities open their facilities in three phases.
insert into obligation_phase (obligation_id, unit_id, start_date)
select o.id, u.id, v.start_date
from (values ('nanning', date '2018-10-01'), ('liuzhou', date '2018-10-01'), ('guilin', date '2018-10-01'),
             ('wuzhou', date '2018-10-01'),
             ('qinzhou', date '2019-01-01'), ('beihai', date '2019-01-01'), ('fangchenggang', date '2019-01-01'),
             ('guigang', date '2019-01-01'), ('yulin', date '2019-01-01'), ('baise', date '2019-01-01'),
             ('hezhou', date '2020-01-01'), ('hechi', date '2020-01-01'), ('laibin', date '2020-01-01'),
             ('chongzuo', date '2020-01-01')) as v(unit_code, start_date)
join unit u on u.code = v.unit_code
join obligation o on o.code in ('12.C.1', '12.C.2')
join campaign c on c.id = o.campaign_id and c.code = 'guangxi-2018-2020';
